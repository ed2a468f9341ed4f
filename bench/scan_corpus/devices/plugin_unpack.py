"""Unpacks plugin bundles (.tar.gz) downloaded from the plugin marketplace."""
import json
import re
import shutil
import tarfile
import tempfile
from pathlib import Path

import platformdirs

PLUGIN_ROOT = Path(platformdirs.user_data_dir("fieldlink")) / "plugins"
PLUGIN_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{1,63}$")


class PluginError(Exception):
    pass


def _manifest(tar: tarfile.TarFile) -> dict:
    try:
        fh = tar.extractfile("plugin.json")
    except KeyError:
        fh = None
    if fh is None:
        raise PluginError("bundle has no plugin.json")
    manifest = json.load(fh)
    if not PLUGIN_ID.match(str(manifest.get("id", ""))):
        raise PluginError("invalid plugin id")
    return manifest


def unpack(bundle: Path) -> Path:
    PLUGIN_ROOT.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="plugin-", dir=PLUGIN_ROOT))
    try:
        with tarfile.open(bundle, "r:gz") as tar:
            manifest = _manifest(tar)
            tar.extractall(staging, filter="data")
    except Exception:
        shutil.rmtree(staging, ignore_errors=True)
        raise

    dest = PLUGIN_ROOT / manifest["id"]
    if dest.exists():
        shutil.rmtree(dest)
    staging.rename(dest)
    return dest
