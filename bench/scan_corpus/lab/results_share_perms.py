"""Create the per-project results tree on the analysis share.

Directories belong to the project's POSIX group so that group members can
read results; only the pipeline service account writes into them.
"""
import grp
import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

DIR_MODE = stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_ISGID  # 0o2750
FILE_MODE = 0o640
LAYOUT = ("raw", "processed", "reports")


def create_project_tree(root: Path, project_code: str, group_name: str) -> Path:
    gid = grp.getgrnam(group_name).gr_gid
    project_dir = root / project_code
    old_umask = os.umask(0o027)
    try:
        for sub in ("", *LAYOUT):
            d = project_dir / sub
            d.mkdir(parents=True, exist_ok=True)
            os.chown(d, -1, gid)
            os.chmod(d, DIR_MODE)
    finally:
        os.umask(old_umask)
    log.info("created results tree for %s (group %s)", project_code, group_name)
    return project_dir


def publish_report(project_dir: Path, name: str, content: bytes) -> Path:
    target = project_dir / "reports" / Path(name).name
    tmp = target.with_suffix(target.suffix + ".part")
    tmp.write_bytes(content)
    os.chmod(tmp, FILE_MODE)
    os.replace(tmp, target)
    return target
