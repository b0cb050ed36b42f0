"""Whether a database file would sit on a network share.

SQLite's locking cannot be trusted over SMB or NFS (sqlite.org, "SQLite Over a
Network"): WAL needs memory shared between the processes, and the byte-range
locks of the rollback journal are honoured unevenly by file servers, so two PCs
writing one file on a share corrupt it. TNApp refuses such a file and points to
PostgreSQL, which is how several PCs of an office share data.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import PurePath, PurePosixPath, PureWindowsPath

DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "lustre", "ncpfs", "davfs",
    "fuse.sshfs", "fuse.davfs2", "fuse.rclone", "fuse.glusterfs", "fuse.cephfs", "fuse.s3fs",
})


def network_location(path: PurePath | str, *, windows: bool | None = None,
                     drive_type: Callable[[str], int] | None = None, mounts: str | None = None) -> str | None:
    """How the absolute ``path`` reaches a network share, in words (the UNC share,
    the mapped drive, the mount and its file system), or None on a local disk.

    ``windows``, ``drive_type`` (GetDriveTypeW of a root such as ``Z:\\``) and
    ``mounts`` (the text of /proc/mounts) are this machine's unless given."""
    if sys.platform == "win32" if windows is None else windows:
        return _windows(PureWindowsPath(path), drive_type or _drive_type)
    return _posix(PurePosixPath(path), _proc_mounts() if mounts is None else mounts)


def _windows(path: PureWindowsPath, drive_type: Callable[[str], int]) -> str | None:
    drive = path.drive  # "C:", r"\\server\share", r"\\?\UNC\server\share", r"\\?\C:"
    if drive[:8].upper() == "\\\\?\\UNC\\":
        return f"thư mục dùng chung \\\\{drive[8:]}"
    if drive.startswith(("\\\\?\\", "\\\\.\\")):
        drive = drive[4:]
    if drive.startswith("\\\\"):
        return f"thư mục dùng chung {drive}"
    if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE:
        return f"ổ mạng {drive.upper()}"
    return None


def _drive_type(root: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]


def _proc_mounts() -> str:
    try:
        with open("/proc/mounts", encoding="utf-8", errors="surrogateescape") as handle:
            return handle.read()
    except OSError:  # not Linux: nothing known to be remote
        return ""


def _unescape(field: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), field)  # \040 is a space


def _posix(path: PurePosixPath, mounts: str) -> str | None:
    best: tuple[int, str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point, fstype = PurePosixPath(_unescape(fields[1])), fields[2]
        if (path == mount_point or mount_point in path.parents) and (
                best is None or len(mount_point.parts) >= best[0]):
            best = (len(mount_point.parts), str(mount_point), fstype)
    if best is None:
        return None
    _, mount_point, fstype = best
    if fstype in NETWORK_FILESYSTEMS or fstype.startswith(("nfs", "cifs", "smb")):
        return f"thư mục mạng {mount_point} ({fstype})"
    return None
