import os
from pathlib import Path

STAGING_MODES = {
    # ruleid: world-writable-permissions
    "drop_dir": 0o777,
    # ok: world-writable-permissions
    "archive": 0o640,
}

# ok: world-writable-permissions
LAYOUT_COLUMNS = {"width": 0o777}


class Staging:
    def __init__(self, root: Path, modes: dict = STAGING_MODES):
        self.root = root
        self.modes = modes

    def drop_dir(self, name: str) -> Path:
        folder = self.root / name
        folder.mkdir(exist_ok=True)
        folder.chmod(self.modes["drop_dir"])
        os.chmod(folder / "index", self.modes["archive"])
        return folder
