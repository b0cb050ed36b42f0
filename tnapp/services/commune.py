"""The commune a database belongs to."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from tnapp.domain.permissions import Permission
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import _
from tnapp.models import Commune
from tnapp.services.base import Service


@dataclass(frozen=True)
class CommuneInfo:
    id: int
    code: str
    name: str
    province: str
    place_name: str
    is_demo: bool

    @property
    def display_name(self) -> str:
        return f"xã {self.name}"


def _info(commune: Commune) -> CommuneInfo:
    return CommuneInfo(commune.id, commune.code, commune.name, commune.province, commune.place_name,
                       commune.is_demo)


class CommuneService(Service):
    def find(self) -> CommuneInfo | None:
        with self.ws.read() as session:
            commune = session.scalars(select(Commune).order_by(Commune.id).limit(1)).first()
            return _info(commune) if commune else None

    def current(self) -> CommuneInfo:
        info = self.find()
        if info is None:
            raise NotFoundError(_("Cơ sở dữ liệu chưa có thông tin xã. Hãy khai báo xã, hoặc chạy «tnapp init "
                                  "--demo» để dùng dữ liệu mẫu."))
        return info

    def create(self, code: str, name: str, province: str, place_name: str | None = None) -> CommuneInfo:
        code, name, province = code.strip(), name.strip(), province.strip()
        for value, field, label in ((code, "code", "Mã xã"), (name, "name", "Tên xã"),
                                    (province, "province", "Tỉnh")):
            if not value:
                raise ValidationError(_("{label} không được để trống.", label=label), field=field)
        if self.find() is not None:
            raise ValidationError(_("Cơ sở dữ liệu này đã có thông tin xã."))
        with self.ws.write(Permission.MAINTAIN_DATABASE) as session:
            commune = Commune(code=code, name=name, province=province, place_name=place_name or name)
            session.add(commune)
            session.flush()
            return _info(commune)
