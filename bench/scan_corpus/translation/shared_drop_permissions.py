"""Sets up the shared drop area used by in-house DTP and the conversion workers.

Everyone who needs access is in the ``dtp`` group; nobody else should see the
client files.
"""
import grp
import os
from pathlib import Path

DROP_ROOT = Path(os.environ.get("DTP_DROP_ROOT", "/srv/dtp-drop"))
GROUP = "dtp"
DIR_MODE = 0o2770
FILE_MODE = 0o660


def prepare_drop_area(client_code: str) -> Path:
    if not client_code.isalnum():
        raise ValueError(f"invalid client code: {client_code!r}")
    gid = grp.getgrnam(GROUP).gr_gid
    folder = DROP_ROOT / client_code.upper()
    old_umask = os.umask(0o007)
    try:
        for sub in ("incoming", "processing", "done"):
            path = folder / sub
            path.mkdir(parents=True, exist_ok=True)
            os.chown(path, -1, gid)
            os.chmod(path, DIR_MODE)
    finally:
        os.umask(old_umask)
    return folder


def publish_file(data: bytes, folder: Path, name: str) -> Path:
    base_name = Path(name).name
    if base_name in ("", ".", ".."):
        raise ValueError(f"invalid file name: {name!r}")
    target = folder / "done" / base_name
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(target, FILE_MODE)
    return target
