"""Installs third-party plugins (.tar.gz bundles) into the user plugin folder.

Bundles are downloaded from the plugin marketplace by the UI and handed to
install_bundle(); the bundle must contain a plugin.json at its root.
"""
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


def _read_manifest(tar: tarfile.TarFile) -> dict:
    member = tar.extractfile("plugin.json")
    if member is None:
        raise PluginError("bundle has no plugin.json")
    manifest = json.load(member)
    if not PLUGIN_ID.match(manifest.get("id", "")):
        raise PluginError("invalid plugin id")
    return manifest


def install_bundle(bundle: Path) -> Path:
    PLUGIN_ROOT.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, "r:gz") as tar:
        manifest = _read_manifest(tar)
        staging = Path(tempfile.mkdtemp(prefix="plugin-", dir=PLUGIN_ROOT))
        try:
            tar.extractall(staging)
        except Exception:
            shutil.rmtree(staging, ignore_errors=True)
            raise

    dest = PLUGIN_ROOT / manifest["id"]
    if dest.exists():
        shutil.rmtree(dest)
    staging.rename(dest)
    return dest


def installed_plugins() -> list[str]:
    if not PLUGIN_ROOT.is_dir():
        return []
    return sorted(p.name for p in PLUGIN_ROOT.iterdir() if (p / "plugin.json").is_file())
