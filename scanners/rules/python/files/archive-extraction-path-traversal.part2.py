import tarfile
from pathlib import Path


class ArchiveError(Exception):
    pass


def _checked_members(tar: tarfile.TarFile, dest: Path):
    for member in tar.getmembers():
        if not (member.isfile() or member.isdir()):
            continue
        target = (dest / member.name).resolve()
        if not target.is_relative_to(dest):
            raise ArchiveError(member.name)
        yield member


def _pictures(tar: tarfile.TarFile):
    for member in tar.getmembers():
        if member.name.endswith((".jpg", ".png")):
            yield member


def restore(archive: Path, dest: Path) -> int:
    dest = dest.resolve()
    with tarfile.open(archive, "r:gz") as tar:
        members = list(_checked_members(tar, dest))
        # ok: archive-extraction-path-traversal
        tar.extractall(dest, members=members)
    return len(members)


def restore_sorted(archive: Path, dest: Path) -> None:
    with tarfile.open(archive) as tar:
        members = sorted(_checked_members(tar, dest.resolve()), key=lambda m: m.name)
        # ok: archive-extraction-path-traversal
        tar.extractall(dest, members=members)


def restore_pictures(archive: Path, dest: Path) -> None:
    with tarfile.open(archive) as tar:
        members = list(_pictures(tar))
        # ruleid: archive-extraction-path-traversal
        tar.extractall(dest, members=members)
