import os
import stat
from pathlib import Path


def share_dir(path):
    # ruleid: world-writable-permissions
    os.chmod(path, 0o777)


def share_file(path):
    # ruleid: world-writable-permissions
    os.chmod(path, 0o666)


def share_group_other(path):
    # ruleid: world-writable-permissions
    os.chmod(path, 0o776)


def share_stat(path):
    # ruleid: world-writable-permissions
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def other_write(path):
    # ruleid: world-writable-permissions
    os.chmod(path, os.stat(path).st_mode | stat.S_IWOTH)


def create_file(path):
    # ruleid: world-writable-permissions
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o666)
    return fd


def make_dirs(path):
    # ruleid: world-writable-permissions
    os.makedirs(path, mode=0o777, exist_ok=True)


def pathlib_modes(path):
    p = Path(path)
    # ruleid: world-writable-permissions
    p.mkdir(mode=0o777, parents=True, exist_ok=True)
    # ruleid: world-writable-permissions
    (p / "data.json").chmod(0o666)


def decimal_mode(path):
    # ruleid: world-writable-permissions
    os.chmod(path, 511)


# ---- secure near-misses ----


def private_file(path):
    # ok: world-writable-permissions
    os.chmod(path, 0o600)


def exec_script(path):
    # ok: world-writable-permissions
    os.chmod(path, 0o755)


def add_exec(path):
    # ok: world-writable-permissions
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)


def secret_file(path):
    # ok: world-writable-permissions
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    return fd


def private_dirs(path):
    # ok: world-writable-permissions
    os.makedirs(path, mode=0o700, exist_ok=True)
    # ok: world-writable-permissions
    Path(path).mkdir(parents=True, exist_ok=True)


def group_shared(path):
    # ok: world-writable-permissions
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)


SHARED_DIR_MODE = 0o777
PRIVATE_DIR_MODE = 0o700


def prepare_cache(root):
    # ruleid: world-writable-permissions
    os.chmod(root, SHARED_DIR_MODE)


def prepare_private(root):
    # ok: world-writable-permissions
    os.chmod(root, PRIVATE_DIR_MODE)


HOTFOLDER_MODE = stat.S_ISGID | stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO
SHARED_MODE = stat.S_ISGID | stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP


def set_up_hotfolders(base):
    for name in ("incoming", "outgoing"):
        folder = base / name
        folder.mkdir(exist_ok=True)
        # ruleid: world-writable-permissions
        os.chmod(folder, HOTFOLDER_MODE)
        # ok: world-writable-permissions
        os.chmod(folder, SHARED_MODE)


class FolioArchive:
    dir_mode = 0o777

    def sailing_dir(self, path):
        path.mkdir(parents=True, exist_ok=True)
        # ruleid: world-writable-permissions
        os.chmod(path, self.dir_mode)
        return path


class PrivateFolioArchive:
    dir_mode = 0o750

    def sailing_dir(self, path):
        # ok: world-writable-permissions
        os.chmod(path, self.dir_mode)
        return path


COLLECTIONS_EXPORT_MODE = (
    stat.S_IRUSR | stat.S_IWUSR
    | stat.S_IRGRP | stat.S_IWGRP
    | stat.S_IROTH | stat.S_IWOTH
)
COLLECTIONS_SHARED_MODE = (
    stat.S_IRUSR | stat.S_IWUSR
    | stat.S_IRGRP
)


def publish_collections(tmp, shared):
    # ruleid: world-writable-permissions
    os.chmod(tmp, COLLECTIONS_EXPORT_MODE)
    # ok: world-writable-permissions
    os.chmod(shared, COLLECTIONS_SHARED_MODE)


HOTFOLDER_LAYOUT = {
    "root": "/srv/rip/hotfolders",
    # ruleid: world-writable-permissions
    "permissions": 0o777,
}

ARCHIVE_LAYOUT = {
    "root": "/srv/rip/archive",
    # ok: world-writable-permissions
    "permissions": 0o750,
    # ok: world-writable-permissions
    "retention_mode": 2,
}


class HotFolderProvisioner:
    def __init__(self, layout=HOTFOLDER_LAYOUT):
        self.mode = layout["permissions"]

    def apply(self, folder):
        os.chmod(folder, self.mode)


class ReportOutput:
    directory: Path = Path("/srv/shared/reports")
    # ruleid: world-writable-permissions
    file_mode: int = 0o666
    # ok: world-writable-permissions
    dir_mode: int = 0o750
    archive_mode = 0o640


class SpoolWriter:
    def __init__(self, settings: ReportOutput = ReportOutput()):
        self._settings = settings

    def flush(self, path):
        os.chmod(path.parent, self._settings.dir_mode)
        os.chmod(path, self._settings.file_mode)


def _open_up(target, perms=0o777):
    # ruleid: world-writable-permissions
    os.chmod(target, perms)


def _tighten(target, perms: int = 0o750):
    # ok: world-writable-permissions
    os.chmod(target, perms)


def _publish_bundle(bundle: Path, file_perms: int = 0o666) -> None:
    # ruleid: world-writable-permissions
    bundle.chmod(file_perms)


class SpoolPolicy:
    keep_days = 7
    # ruleid: world-writable-permissions
    spool_mode = 0o666
    # ok: world-writable-permissions
    index_mode = 0o644


def rotate_spool(src: Path, mode: int = SpoolPolicy.spool_mode) -> None:
    os.chmod(src, mode)
