"""Creates the per-project hot folders on the file server.

The DTP team, the translators' SFTP chroot and the conversion service all
drop files into these folders.

    python hotfolder_setup.py /srv/projects ACME-2024-0113 --group localisation
"""
import argparse
import grp
import os
import re
import stat
from pathlib import Path

SUBFOLDERS = ("01_source", "02_prepared", "03_translated", "04_dtp", "05_delivery")
PROJECT_CODE_RE = re.compile(r"^[A-Z0-9]{2,10}-\d{4}-\d{4}$")
HOTFOLDER_MODE = stat.S_ISGID | stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO


def create_hotfolders(root: Path, project_code: str, group: str) -> Path:
    if not PROJECT_CODE_RE.match(project_code):
        raise ValueError(f"unexpected project code: {project_code!r}")
    gid = grp.getgrnam(group).gr_gid
    base = root / project_code
    base.mkdir(parents=True, exist_ok=True)
    os.chown(base, -1, gid)
    os.chmod(base, 0o2750)
    for name in SUBFOLDERS:
        folder = base / name
        folder.mkdir(exist_ok=True)
        os.chown(folder, -1, gid)
        os.chmod(folder, HOTFOLDER_MODE)
    return base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("project_code")
    parser.add_argument("--group", default="localisation")
    args = parser.parse_args()
    base = create_hotfolders(args.root, args.project_code, args.group)
    print(f"hot folders ready under {base}")


if __name__ == "__main__":
    main()
