"""Presentation mode of a council meeting: the agenda shown full screen in
large type, one proposal per screen, with a divider before each title group.

With two screens the audience view fills the projector and a presenter window
(tally entry, notes, next item) stays on the laptop; with one screen a single
window shows the audience view and ``P`` (or Tab) toggles the presenter view.
Keys, in every window: → PgDn Space next, ← PgUp previous, Home/End first and
last, Esc leaves. A key typed into a field of the tally form edits the field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent, QFont, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent, QScreen, QShortcut,
)
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_date, format_money
from tnapp.ui.table_model import accent_overhang

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)
TOGGLE_KEYS = (Qt.Key.Key_P, Qt.Key.Key_Tab)

BACKGROUND = "#10243e"
ACCENT = "#f5c542"
TEXT = "#ffffff"
MUTED = "#c9d6e8"


@dataclass(frozen=True)
class DeckSlide:
    """One screen: a title group's divider (``item`` None) or one proposal."""

    group: Any          # the agenda group (title) it belongs to
    item: Any = None    # the agenda item shown, for a proposal's screen
    number: int = 0     # the item's number in the agenda (1-based), 0 for a divider

    @property
    def is_divider(self) -> bool:
        return self.item is None


def deck_slides(groups: Sequence[Any], items_of: Callable[[Any], Sequence[Any]]) -> list[DeckSlide]:
    """A divider before each group, then one slide per item, numbered through the agenda."""
    slides: list[DeckSlide] = []
    number = 0
    for group in groups:
        slides.append(DeckSlide(group))
        for item in items_of(group):
            number += 1
            slides.append(DeckSlide(group, item, number))
    return slides


class Deck(QObject):
    """The slides and the one shown now; every window follows ``changed``."""

    changed = Signal(int)

    def __init__(self, slides: Sequence[DeckSlide], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.slides = list(slides)
        self.index = 0

    @property
    def current(self) -> DeckSlide | None:
        return self.slides[self.index] if self.slides else None

    def upcoming(self) -> DeckSlide | None:
        """The next proposal's slide (dividers skipped), or None at the end."""
        return next((s for s in self.slides[self.index + 1:] if not s.is_divider), None)

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.slides) - 1))
        if self.slides and index != self.index:
            self.index = index
            self.changed.emit(index)

    def next(self) -> None:
        self.go(self.index + 1)

    def replace(self, slides: Sequence[DeckSlide]) -> None:
        """Fresh data for the same agenda (after a tally): the place is kept."""
        self.slides = list(slides)
        self.index = max(0, min(self.index, len(self.slides) - 1))
        self.changed.emit(self.index)

    def previous(self) -> None:
        self.go(self.index - 1)

    def handle_key(self, key: int) -> bool:
        """Move for a navigation key; False when the key is not one."""
        moves = {Qt.Key.Key_Home: lambda: self.go(0), Qt.Key.Key_End: lambda: self.go(len(self.slides) - 1)}
        if key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key in moves:
            moves[key]()
        else:
            return False
        return True


PRESENTER_LINES = 48  # the presenter's text: 16 px on 768 lines, 22 px on 1080
MAX_CRITERIA = 6        # criteria lines on a slide; the rest are counted
MAX_ACHIEVEMENTS = 420  # characters of the achievements on a slide; the dossier has the rest


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def audience_text(slide: DeckSlide) -> tuple[str, str, str, str, str]:
    """(kicker, headline, subline, body HTML, footer) of a slide of the
    council's agenda: a title group (``AgendaGroup``) or an item (``Slide``)."""
    group = slide.group
    if slide.is_divider:
        count = QCoreApplication.translate("Presentation", "{n} đề nghị", "", len(group.slides)).format(
            n=len(group.slides))
        kicker = QCoreApplication.translate("Presentation", "Xét danh hiệu, hình thức khen thưởng")
        rule = QCoreApplication.translate("Presentation", "{count} · Thông qua khi: {rule}")
        return kicker, group.title_name, rule.format(count=count, rule=group.threshold.text), "", ""
    item = slide.item
    subline = " · ".join(part for part in (item.job_title, item.unit_name) if part and part != item.nominee_name)
    body = []
    summary = item.eligibility
    if summary is not None:
        colour = {True: "#8fe388", False: "#ff9a8a", None: ACCENT}[summary.eligible]
        judged = ""
        if summary.judged_on is not None:
            judged = " · " + QCoreApplication.translate("Presentation", "xét đến ngày {date}").format(
                date=format_date(summary.judged_on))
        body.append(f"<p><b style='color:{colour}'>{escape(summary.verdict_label)}</b>{escape(judged)}</p>")
        marks = {True: ("✓", "#8fe388"), False: ("✗", "#ff9a8a"), None: ("?", ACCENT)}
        warning = QCoreApplication.translate("Presentation", " (chỉ lưu ý, không bắt buộc)")
        for line in summary.lines[:MAX_CRITERIA]:
            # a criterion that does not block shows as a note, never as ✗ beside «Đủ điều kiện»
            mark, mark_colour = ("⚠", ACCENT) if not line.blocking and line.met is not True else marks[line.met]
            note = warning if not line.blocking and line.met is not True else ""
            body.append(f"<p style='margin:2px 0'><b style='color:{mark_colour}'>{mark}</b>&nbsp;"
                        f"{escape(line.text + note)}</p>")
        if len(summary.lines) > MAX_CRITERIA:
            more = QCoreApplication.translate("Presentation", "… và {n} tiêu chí khác", "",
                                              len(summary.lines) - MAX_CRITERIA)
            body.append("<p>" + escape(more.format(n=len(summary.lines) - MAX_CRITERIA)) + "</p>")
    if item.achievements:
        label = escape(QCoreApplication.translate("Presentation", "Thành tích:"))
        body.append(f"<p style='margin-top:10px'><b>{label}</b> "
                    f"{escape(_shorten(item.achievements, MAX_ACHIEVEMENTS))}</p>")
    footer = [QCoreApplication.translate("Presentation", "Đề nghị: {who}").format(who=item.proposer)]
    if item.prize_amount is not None:
        prize = QCoreApplication.translate("Presentation", "Tiền thưởng: {amount}")
        footer.append(prize.format(amount=format_money(item.prize_amount)))
    if item.tallies:
        last = item.tallies[-1]
        footer.append(QCoreApplication.translate("Presentation", "Kết quả: {result} ({votes}/{base})").format(
            result=item.result_label, votes=last.votes_for,
            base=last.members_total if last.threshold_base == "all_members" else last.members_present))
    return item.title_name, item.nominee_name, subline, "".join(body), " · ".join(footer)


def presenter_text(slide: DeckSlide) -> tuple[str, str]:
    """(the slide in brief as HTML, the secretary's notes) for the presenter's window."""
    if slide.is_divider:
        rule = QCoreApplication.translate("Presentation", "Thông qua khi: {rule}")
        return (f"<b>{escape(slide.group.title_name)}</b><br>"
                + escape(rule.format(rule=slide.group.threshold.text)), "")
    item = slide.item
    return (f"{item.index}. <b>{escape(item.nominee_name)}</b> – {escape(item.title_name)}<br>"
            f"<small>{escape(item.unit_name)} · {escape(item.result_label)}</small>", item.presenter_note or "")


class Role(Enum):
    AUDIENCE = "audience"    # the projector: the slide only
    PRESENTER = "presenter"  # the laptop beside a projector: tallies, notes, next item
    SINGLE = "single"        # one screen: the slide, P toggles the presenter view


def scaled_font(base: QFont, pixels: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(10, round(pixels)))
    font.setBold(bold)
    return font


class AudienceView(QFrame):
    """The slide in large type on a dark background; type sizes follow the
    window's height so a 768-line projector and a 1080-line one both read well.
    ``render(slide)`` returns (kicker, headline, subline, body HTML, footer)."""

    def __init__(self, render: Callable[[DeckSlide], tuple[str, str, str, str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audienceView")
        self._render = render
        self.setStyleSheet(f"QFrame#audienceView {{ background: {BACKGROUND}; }}"
                           f" QLabel {{ color: {TEXT}; background: transparent; }}")
        self.position = self._label("slidePosition", MUTED)
        self.kicker = self._label("slideKicker", ACCENT)
        self.headline = self._label("slideHeadline", TEXT)
        self.subline = self._label("slideSubline", MUTED)
        self.body = self._label("slideBody", TEXT)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.footer = self._label("slideFooter", ACCENT)
        self.footer.setTextFormat(Qt.TextFormat.RichText)  # wraps between its phrases, never inside one
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.position.setWordWrap(False)
        self.corner = QWidget()  # room kept for the single screen's corner control (``reserve_corner``)
        self.corner.setObjectName("slideCorner")
        self.corner.setFixedSize(0, 0)
        self.rule = QFrame()
        self.rule.setFixedHeight(2)
        self.rule.setStyleSheet(f"background: {ACCENT};")
        top = QHBoxLayout()  # the counter, then the corner control's room: side by side, never one over the other
        top.setContentsMargins(0, 0, 0, 0)
        top.addStretch(1)
        top.addWidget(self.position)
        top.addWidget(self.corner)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addStretch(0)  # stretches only on a divider, which stands in the middle
        for widget in (self.kicker, self.headline, self.subline, self.rule):
            layout.addWidget(widget)
        layout.addWidget(self.body, 1)
        layout.addStretch(0)
        layout.addWidget(self.footer)
        self._apply_sizes()

    def _label(self, name: str, colour: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {colour};")
        return label

    def reserve_corner(self, width: int, height: int) -> None:
        """Keep ``width`` × ``height`` free in the top right corner (the corner control stands there)."""
        self.corner.setFixedSize(max(0, width), max(0, height))

    def show_slide(self, slide: DeckSlide | None, position: str) -> None:
        kicker, headline, subline, body, footer = self._render(slide) if slide else ("", "", "", "", "")
        footer = " · ".join(f"<span style='white-space:nowrap'>{escape(part)}</span>"
                            for part in footer.split(" · ")) if footer else ""
        self.position.setText(position)
        for label, text in ((self.kicker, kicker), (self.headline, headline), (self.subline, subline),
                            (self.body, body), (self.footer, footer)):
            label.setText(text)
            label.setVisible(bool(text))
        centred = slide is not None and slide.is_divider
        self.rule.setVisible(not centred)
        layout = self.layout()
        for spacer in (1, layout.count() - 2):
            layout.setStretch(spacer, 1 if centred else 0)
        align = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
        for label in (self.kicker, self.headline, self.subline):
            label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)

    def texts(self) -> list[str]:
        """What the slide says, in reading order (for tests and the presenter's preview)."""
        return [label.text() for label in (self.kicker, self.headline, self.subline, self.body, self.footer)
                if label.isVisible() or label.text()]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        unit = max(self.height(), 480) / 30  # body text: 26 px on 768 lines, 36 px on 1080
        margin = round(unit * 1.6)
        self.layout().setContentsMargins(margin, round(unit * 0.8), margin, round(unit * 1.0))
        base = self.font()
        self.position.setFont(scaled_font(base, unit * 0.7))
        self.kicker.setFont(scaled_font(base, unit * 1.15, bold=True))
        self.headline.setFont(scaled_font(base, unit * 2.1, bold=True))
        self.subline.setFont(scaled_font(base, unit * 1.05))
        self.body.setFont(scaled_font(base, unit))
        self.footer.setFont(scaled_font(base, unit * 1.05, bold=True))
        for label in (self.position, self.kicker, self.headline, self.subline, self.body, self.footer):
            room = accent_overhang(label.fontMetrics())  # "Ấn" whole, its marks above the font's ascent
            label.setContentsMargins(0, room, 0, room)


class WayBack(QFrame):
    """The single screen's corner control over the slide: the presenter's way
    back to the controls and out, with the keys written on it."""

    def __init__(self, window: PresentationWindow) -> None:
        super().__init__(window)
        self.setObjectName("wayBack")
        self.setStyleSheet(f"QFrame#wayBack {{ background: rgba(16, 36, 62, 200); border: 1px solid {MUTED};"
                           " border-radius: 6px; }"
                           f" QPushButton {{ color: {TEXT}; background: transparent; border: none; padding: 4px 8px; }}"
                           f" QPushButton:hover {{ color: {ACCENT}; }}")
        self.controls = QPushButton(self.tr("☰ Bảng điều khiển (P)"))
        self.controls.setObjectName("wayBackControls")
        self.leave = QPushButton(self.tr("✕ Thoát (Esc)"))
        self.leave.setObjectName("wayBackLeave")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for button in (self.controls, self.leave):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys keep moving the deck
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            layout.addWidget(button)
        self.controls.clicked.connect(window.toggle_view)
        self.leave.clicked.connect(window.leave_requested.emit)

    def place(self) -> None:
        """In the top right corner of the window, above the slide."""
        self.adjustSize()
        self.move(self.parentWidget().width() - self.width() - 12, 12)
        self.raise_()


class PresentationWindow(QWidget):
    """A full-screen window of the presentation in one role. Navigation keys
    move the shared deck; Esc asks to leave; in the single role P/Tab flips
    between the audience view and the presenter panel, and a corner control
    over the slide does the same with the mouse (the only screen is covered)."""

    leave_requested = Signal()

    def __init__(self, deck: Deck, role: Role, audience: AudienceView | None, presenter: QWidget | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.deck, self.role = deck, role
        self.setObjectName(f"presentation_{role.value}")
        self.setWindowTitle(self.tr("Trình chiếu phiên họp Hội đồng"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget()
        for view in (audience, presenter):
            if view is not None:
                self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.audience = audience
        self.way_back = WayBack(self) if role is Role.SINGLE else None
        self.stack.currentChanged.connect(lambda _: self._place_way_back())

    def _place_way_back(self) -> None:
        if self.way_back is not None:
            self.way_back.setVisible(not self.showing_presenter())  # the presenter panel has its own buttons
            self.way_back.place()
            if self.audience is not None:  # the slide's counter stands left of the control, not under it
                corner = self.way_back.geometry()
                self.audience.reserve_corner(self.width() - corner.left() + 8, corner.bottom() + 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_way_back()

    def showing_presenter(self) -> bool:
        return self.role is Role.PRESENTER or (self.role is Role.SINGLE and self.stack.currentIndex() == 1)

    def toggle_view(self) -> None:
        if self.role is Role.SINGLE and self.stack.count() > 1:
            self.stack.setCurrentIndex(1 - self.stack.currentIndex())
            self.setFocus()

    def place_on(self, screen: QScreen, full_screen: bool = True) -> None:
        """Move to ``screen`` and fill it."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.leave_requested.emit()
        elif key in TOGGLE_KEYS and self.role is Role.SINGLE:
            self.toggle_view()
        elif not self.deck.handle_key(key):
            super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Tab toggles instead of moving focus
        if self.role is Role.SINGLE and self.focusWidget() in (None, self):
            self.toggle_view()
            return True
        return super().focusNextPrevChild(forward)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.leave_requested.emit()
        super().closeEvent(event)


class MeetingKeys(QObject):
    """The presentation's keys anywhere in the meeting's window, whichever widget
    has the focus (a button that disabled itself has passed it on): F5 starts the
    show, and while it runs PgDn/PgUp step it from the control window too (else
    they are left to the tables)."""

    def __init__(self, view: QWidget, start: Callable[[], Presentation | None]) -> None:
        super().__init__(view)
        self._start = start
        self._presentation: Presentation | None = None
        self.start_key = self._shortcut(view, Qt.Key.Key_F5, self.start)
        self.step_keys = (self._shortcut(view, Qt.Key.Key_PageDown, lambda: self._step(True)),
                          self._shortcut(view, Qt.Key.Key_PageUp, lambda: self._step(False)))
        self._stepping(False)

    @staticmethod
    def _shortcut(view: QWidget, key: Qt.Key, act: Callable[[], object]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), view, context=Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(act)
        return shortcut

    def start(self) -> None:
        presentation = self._start()
        if presentation is not None and presentation is not self._presentation:
            self._presentation = presentation
            presentation.finished.connect(lambda: self._stepping(False))
            self._stepping(True)

    def _stepping(self, on: bool) -> None:
        if not on:
            self._presentation = None
        for shortcut in self.step_keys:
            shortcut.setEnabled(on)

    def _step(self, forward: bool) -> None:
        if self._presentation is not None:
            deck = self._presentation.deck
            (deck.next if forward else deck.previous)()


def choose_screens(screens: Sequence[QScreen], projector: QScreen | None = None,
                   primary: QScreen | None = None) -> tuple[QScreen, QScreen | None]:
    """(the audience's screen, the presenter's screen or None for a single window).
    The audience goes to ``projector`` when chosen, else to the first screen that
    is not the primary one; the presenter stays on the primary (the laptop)."""
    if not screens:
        raise ValueError("no screen")
    primary = primary if primary in screens else screens[0]
    if len(screens) == 1:
        return screens[0], None
    audience = projector if projector in screens else next(s for s in screens if s is not primary)
    presenter = primary if audience is not primary else next(s for s in screens if s is not audience)
    return audience, presenter


def screen_label(screen: QScreen, primary: QScreen | None) -> str:
    size = screen.geometry()
    name = screen.name() or screen.model() or QGuiApplication.translate("Presentation", "Màn hình")
    text = f"{name} ({size.width()}×{size.height()})"
    return text + (" – " + QGuiApplication.translate("Presentation", "màn hình chính") if screen is primary else "")


class Presentation(QObject):
    """The windows of one presentation over a deck. ``make_presenter()`` builds
    the presenter panel (the meeting view gives it: tally entry, notes, next).
    ``finished`` tells the meeting view the windows are gone."""

    finished = Signal()

    def __init__(self, deck: Deck, make_presenter: Callable[[Deck], QWidget],
                 render: Callable[[DeckSlide], tuple[str, str, str, str, str]] = audience_text,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.deck, self._render, self._make_presenter = deck, render, make_presenter
        self.windows: list[PresentationWindow] = []
        self.audience_views: list[AudienceView] = []
        self._closing = False
        deck.changed.connect(lambda _: self._show_current())

    def start(self, screens: Sequence[QScreen] | None = None, projector: QScreen | None = None,
              full_screen: bool = True) -> None:
        """Open the windows: on two screens or more an audience window on the
        projector and a presenter window on the laptop, else one window."""
        screens = list(screens if screens is not None else QGuiApplication.screens())
        audience_screen, presenter_screen = choose_screens(screens, projector, QGuiApplication.primaryScreen())
        audience = self._audience_view()
        if presenter_screen is None:
            single = PresentationWindow(self.deck, Role.SINGLE, audience, self._make_presenter(self.deck))
            self._open(single, audience_screen, full_screen)
        else:
            self._open(PresentationWindow(self.deck, Role.AUDIENCE, audience, None), audience_screen, full_screen)
            self._open(PresentationWindow(self.deck, Role.PRESENTER, None, self._make_presenter(self.deck)),
                       presenter_screen, full_screen)
        self._show_current()
        self.windows[-1].activateWindow()
        self.windows[-1].setFocus()

    def window(self, role: Role) -> PresentationWindow | None:
        return next((w for w in self.windows if w.role is role), None)

    def _audience_view(self) -> AudienceView:
        view = AudienceView(self._render)
        self.audience_views.append(view)
        return view

    def _open(self, window: PresentationWindow, screen: QScreen, full_screen: bool) -> None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.leave_requested.connect(self.stop)
        self.windows.append(window)
        window.place_on(screen, full_screen)

    def position_text(self) -> str:
        slide = self.deck.current
        items = sum(1 for s in self.deck.slides if not s.is_divider)
        if slide is None or slide.is_divider:
            return ""
        return f"{slide.number} / {items}"

    def _show_current(self) -> None:
        for view in self.audience_views:
            view.show_slide(self.deck.current, self.position_text())

    def stop(self) -> None:
        """Close every window (Esc in any of them)."""
        if self._closing:
            return
        self._closing = True
        for window in self.windows:
            window.close()
        self.windows.clear()
        self.audience_views.clear()
        self.finished.emit()


class PresenterPanel(QWidget):
    """The presenter's window body: where we are, the current slide in brief,
    a place for the tally form, the notes and the next item, and the keys."""

    def __init__(self, deck: Deck, tally: QWidget | None,
                 describe: Callable[[DeckSlide], tuple[str, str]] = presenter_text,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterPanel")
        self.deck, self._describe = deck, describe
        self.preview = AudienceView(audience_text)  # what the audience sees now
        self.preview.setMinimumHeight(220)
        self.position = QLabel()
        self.position.setObjectName("presenterPosition")
        self.current = QLabel()
        self.current.setObjectName("presenterCurrent")
        self.current.setWordWrap(True)
        self.current.setTextFormat(Qt.TextFormat.RichText)
        self.notes = QLabel()
        self.notes.setObjectName("presenterNotes")
        self.notes.setWordWrap(True)
        self.upcoming = QLabel()
        self.upcoming.setObjectName("presenterNext")
        self.upcoming.setWordWrap(True)
        self.keys = QLabel(self.tr("Phím: → PgDn Space: tiếp · ← PgUp: trước · Home/End: đầu/cuối · "
                                   "P hoặc Tab: đổi màn hình chiếu/điều khiển (khi chỉ có một màn hình) · Esc: thoát"))
        self.keys.setWordWrap(True)
        self.previous_button = QPushButton(self.tr("◀ Trước"))
        self.next_button = QPushButton(self.tr("Tiếp ▶"))
        self.leave_button = QPushButton(self.tr("Thoát trình chiếu (Esc)"))
        for button in (self.previous_button, self.next_button, self.leave_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys keep moving the deck
        self.previous_button.clicked.connect(deck.previous)
        self.next_button.clicked.connect(deck.next)
        self.leave_button.clicked.connect(lambda: self.window().close())
        nav = QHBoxLayout()
        nav.addWidget(self.position, 1)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.leave_button)
        left = QVBoxLayout()
        left.addWidget(self.preview, 3)
        left.addWidget(self.current)
        left.addWidget(QLabel(self.tr("<b>Ghi chú của thư ký</b>")))
        left.addWidget(self.notes)
        left.addWidget(QLabel(self.tr("<b>Tiếp theo</b>")))
        left.addWidget(self.upcoming)
        left.addStretch(1)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        if tally is not None:
            columns.addWidget(tally, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(nav)
        layout.addLayout(columns, 1)
        layout.addWidget(self.keys)
        deck.changed.connect(lambda _: self.refresh())
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - type grows with the window
        super().resizeEvent(event)
        size = max(13.0, self.height() / PRESENTER_LINES)
        for widget in (self, *self.findChildren(QWidget)):  # styled labels do not inherit a parent's font
            if widget is not self.preview and not self.preview.isAncestorOf(widget):
                font = widget.font()
                widget.setFont(scaled_font(font, size * (1.3 if widget in (self.position, self.current) else 1),
                                           font.bold()))

    def refresh(self) -> None:
        slide = self.deck.current
        total = len(self.deck.slides)
        self.position.setText(self.tr("Màn hình {n} / {total}").format(n=self.deck.index + 1, total=total))
        self.preview.show_slide(slide, "")
        heading, notes = self._describe(slide) if slide else ("", "")
        self.current.setText(heading)
        self.notes.setText(notes or self.tr("(không có ghi chú)"))
        upcoming = self.deck.upcoming()
        self.upcoming.setText(self._describe(upcoming)[0] if upcoming else self.tr("Hết danh sách."))
        self.previous_button.setEnabled(self.deck.index > 0)
        self.next_button.setEnabled(self.deck.index < total - 1)
