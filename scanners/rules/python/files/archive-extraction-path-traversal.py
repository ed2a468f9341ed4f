import os
import shutil
import tarfile
import zipfile
from pathlib import Path
from zipfile import ZipFile


def unpack_upload(path, dest):
    with tarfile.open(path) as tar:
        # ruleid: archive-extraction-path-traversal
        tar.extractall(dest)


def unpack_gz(path, dest):
    tar = tarfile.open(path, "r:gz")
    # ruleid: archive-extraction-path-traversal
    tar.extractall(path=dest, members=tar.getmembers())
    tar.close()


def unzip(path, dest):
    with ZipFile(path) as zf:
        # ruleid: archive-extraction-path-traversal
        zf.extractall(dest)


def unzip_each(path, dest):
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            # ruleid: archive-extraction-path-traversal
            zf.extract(name, dest)


def unpack_any(path, dest):
    # ruleid: archive-extraction-path-traversal
    shutil.unpack_archive(path, dest)


def fully_trusting(path, dest):
    with tarfile.open(path) as tar:
        # ruleid: archive-extraction-path-traversal
        tar.extractall(dest, filter="fully_trusted")


# ---- secure near-misses ----


def unpack_filtered(path, dest):
    with tarfile.open(path) as tar:
        # ok: archive-extraction-path-traversal
        tar.extractall(dest, filter="data")


def unpack_archive_filtered(path, dest):
    # ok: archive-extraction-path-traversal
    shutil.unpack_archive(path, dest, filter="data")


def unzip_checked(path, dest):
    dest = Path(dest).resolve()
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            target = (dest / info.filename).resolve()
            if not target.is_relative_to(dest):
                raise ValueError(f"unsafe member {info.filename}")
            # ok: archive-extraction-path-traversal
            zf.extract(info, dest)


def untar_checked(path, dest):
    base = os.path.realpath(dest)
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            target = os.path.realpath(os.path.join(base, member.name))
            if os.path.commonpath([base, target]) != base:
                raise ValueError(member.name)
        # ok: archive-extraction-path-traversal
        tar.extractall(base)


def safe_members(tar, base):
    for member in tar.getmembers():
        if member.issym() or member.islnk():
            continue
        yield member


def untar_helper(path, dest):
    with tarfile.open(path) as tar:
        # links skipped, but a member named ../../etc/cron.d/job still lands outside dest
        # ruleid: archive-extraction-path-traversal
        tar.extractall(dest, members=safe_members(tar, dest))


def read_member(path):
    with zipfile.ZipFile(path) as zf:
        # ok: archive-extraction-path-traversal
        return zf.read("manifest.json")


def unpack_partner_upload(archive_path, target):
    with tarfile.open(archive_path, mode="r:gz") as tar:
        # ruleid: archive-extraction-path-traversal
        tar.extractall(path=target)
    return [scan.relative_to(target) for scan in sorted(target.rglob("*"))]


def unpack_checked(archive_path, target):
    with tarfile.open(archive_path) as tar:
        for member in tar.getmembers():
            if not (target / member.name).resolve().is_relative_to(target.resolve()):
                raise ValueError(member.name)
        # ok: archive-extraction-path-traversal
        tar.extractall(path=target)


def unpack_project(upload_path, target, _checked_members):
    with zipfile.ZipFile(upload_path) as archive:
        for member in _checked_members(archive, target):
            # ok: archive-extraction-path-traversal
            archive.extract(member, target)


def _checked_members(archive, dest):
    members = []
    for info in archive.infolist():
        if not (dest / info.filename).resolve().is_relative_to(dest):
            raise ValueError(info.filename)
        members.append(info)
    return members


def install_plugin(archive_path, dest):
    with zipfile.ZipFile(archive_path) as archive:
        members = _checked_members(archive, dest)
        # ok: archive-extraction-path-traversal
        archive.extractall(dest, members=members)


def install_plugin_listed(archive_path, dest):
    with zipfile.ZipFile(archive_path) as archive:
        members = archive.infolist()
        # ruleid: archive-extraction-path-traversal
        archive.extractall(dest, members=members)


def unpack_artifacts(archive, workspace):
    count = 0
    with tarfile.open(archive, mode="r:*") as tar:
        for member in tar:
            if member.isdev():
                continue
            # ruleid: archive-extraction-path-traversal
            tar.extract(member, path=workspace)
            count += 1
    return count


def unpack_checked(archive, workspace):
    with tarfile.open(archive, mode="r:*") as tar:
        for member in tar:
            if not _inside(workspace, member):
                raise ValueError(member.name)
            # ok: archive-extraction-path-traversal
            tar.extract(member, path=workspace)


def unpack_skipping(archive, workspace):
    with tarfile.open(archive, mode="r:*") as tar:
        for member in tar:
            if not _inside(workspace, member):
                continue
            # ok: archive-extraction-path-traversal
            tar.extract(member, path=workspace)


def unpack_named(archive, workspace):
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            if info.filename.startswith("/") or ".." in info.filename:
                continue
            # ok: archive-extraction-path-traversal
            zf.extract(info, path=workspace)


def unpack_bundle(fileobj, workdir):
    with tarfile.open(fileobj=fileobj, mode="r:gz") as tar:
        for member in tar.getmembers():
            if not member.isfile() or not member.name.lower().endswith((".csv", ".json")):
                continue
            # ruleid: archive-extraction-path-traversal
            tar.extract(member, path=workdir)


def _audio_members(tar):
    for member in tar.getmembers():
        if not member.isfile() or not member.name.lower().endswith((".mp3", ".wav")):
            continue
        yield member


def unpack_catalogue(archive_path, dest):
    with tarfile.open(archive_path, mode="r:*") as tar:
        for member in _audio_members(tar):
            # ruleid: archive-extraction-path-traversal
            tar.extract(member, path=dest)


def _season_members(zf, dest):
    infos = zf.infolist()
    for info in infos:
        if not (dest / info.filename).resolve().is_relative_to(dest):
            raise ValueError(info.filename)
    return infos


def restore_season(archive_path, dest):
    with zipfile.ZipFile(archive_path) as zf:
        members = _season_members(zf, dest)
        for info in members:
            # ok: archive-extraction-path-traversal
            zf.extract(info, path=dest)


def import_photos(archive_path, dest):
    with zipfile.ZipFile(archive_path) as zf:
        for info in list(_season_members(zf, dest)):
            # ok: archive-extraction-path-traversal
            zf.extract(info, dest)


def import_audio_sorted(archive_path, dest):
    with tarfile.open(archive_path, mode="r:*") as tar:
        for member in sorted(_audio_members(tar), key=lambda m: m.name):
            # ruleid: archive-extraction-path-traversal
            tar.extract(member, path=dest)


def _firmware_members(tar):
    for member in tar.getmembers():
        if member.isfile() and member.name.endswith((".bin", ".json")):
            yield member


def _landing_members(tar, dest):
    root = os.path.realpath(dest)
    for member in tar.getmembers():
        if os.path.commonpath([root, os.path.realpath(os.path.join(root, member.name))]) == root:
            yield member


def unpack_bundle(archive, version_dir):
    with tarfile.open(archive, "r:gz") as tar:
        # ruleid: archive-extraction-path-traversal
        tar.extractall(path=version_dir, members=_firmware_members(tar))


def unpack_checked_bundle(archive, version_dir):
    with tarfile.open(archive, "r:gz") as tar:
        # ok: archive-extraction-path-traversal
        tar.extractall(path=version_dir, members=_landing_members(tar, version_dir))


def _staged_members(archive, dest):
    root = Path(dest).resolve()
    for member in archive.getmembers():
        target = (root / member.name).resolve()
        if target != root and root not in target.parents:
            raise ValueError(f"member escapes the staging folder: {member.name}")
        if member.issym() or member.islnk():
            continue
        yield member


def stage_kiln_firmware(bundle_path, dest):
    with tarfile.open(bundle_path) as archive:
        # ok: archive-extraction-path-traversal
        archive.extractall(dest, members=list(_staged_members(archive, dest)))


def _by_suffix(archive):
    return [m for m in archive.getmembers() if m.name.endswith(".bin")]


def stage_firmware_by_suffix(bundle_path, dest):
    with tarfile.open(bundle_path) as archive:
        # ruleid: archive-extraction-path-traversal
        archive.extractall(dest, members=list(_by_suffix(archive)))


def _grip_member_filter(member, dest):
    member = tarfile.data_filter(member, dest)
    if member.isfile() and member.size > 64 * 1024 * 1024:
        raise tarfile.FilterError(member.name)
    return member


def _suffix_member_filter(member, dest):
    return member if member.name.endswith(".bin") else None


def unpack_grip_firmware(archive_path, dest):
    with tarfile.open(archive_path, mode="r:gz") as tar:
        # ok: archive-extraction-path-traversal
        tar.extractall(path=dest, members=tar.getmembers(), filter=_grip_member_filter)


def unpack_grip_firmware_by_suffix(archive_path, dest):
    with tarfile.open(archive_path, mode="r:gz") as tar:
        # ruleid: archive-extraction-path-traversal
        tar.extractall(path=dest, filter=_suffix_member_filter)


class FirmwareReleaseUnpacker:
    extraction_filter = "data"
    legacy_filter = "fully_trusted"

    def unpack(self, archive, dest):
        with tarfile.open(archive, mode="r:gz") as tar:
            members = tar.getmembers()
            # ok: archive-extraction-path-traversal
            tar.extractall(path=dest, members=members, filter=self.extraction_filter)

    def unpack_legacy(self, archive, dest):
        with tarfile.open(archive, mode="r:gz") as tar:
            # ruleid: archive-extraction-path-traversal
            tar.extractall(path=dest, filter=self.legacy_filter)


RELEASE_FILTER = "data"


def unpack_release(archive, dest):
    with tarfile.open(archive) as tar:
        # ok: archive-extraction-path-traversal
        tar.extractall(dest, filter=RELEASE_FILTER)


class ScorecardArchiveRestorer:
    def __init__(self, destination):
        self._dest = Path(destination).resolve()

    def _checked_members(self, tar):
        for member in tar.getmembers():
            target = (self._dest / member.name).resolve()
            if not target.is_relative_to(self._dest):
                raise ValueError(member.name)
            yield member

    def _small_members(self, tar):
        for member in tar.getmembers():
            if member.size < 1 << 20:
                yield member

    def restore(self, archive):
        with tarfile.open(archive) as tar:
            members = list(self._checked_members(tar))
            # ok: archive-extraction-path-traversal
            tar.extractall(self._dest, members=members)

    def restore_small(self, archive):
        with tarfile.open(archive) as tar:
            members = list(self._small_members(tar))
            # ruleid: archive-extraction-path-traversal
            tar.extractall(self._dest, members=members)


class LookbookImportPolicy:
    suffixes = (".jpg", ".png")

    def member_filter(self, member, dest):
        member = tarfile.data_filter(member, dest)
        return member if member.name.endswith(self.suffixes) else None

    def suffix_filter(self, member, dest):
        return member if member.name.endswith(self.suffixes) else None


class ShootArchiveImporter:
    def __init__(self):
        self.policy = LookbookImportPolicy()

    def import_archive(self, archive_path, dest):
        with tarfile.open(archive_path) as archive:
            # ok: archive-extraction-path-traversal
            archive.extractall(dest, filter=self.policy.member_filter)

    def import_unchecked(self, archive_path, dest):
        with tarfile.open(archive_path) as archive:
            # ruleid: archive-extraction-path-traversal
            archive.extractall(dest, filter=self.policy.suffix_filter)


def _select_media(tar):
    return [m for m in tar.getmembers() if m.isfile() and m.name.endswith((".jpg", ".png"))]


def _landing_inside(tar, dest):
    root = os.path.realpath(dest)
    return [m for m in tar.getmembers() if os.path.realpath(os.path.join(dest, m.name)).startswith(root + os.sep)]


def unpack_media(upload, dest):
    with tarfile.open(fileobj=upload) as tar:
        members = _select_media(tar)
        # ruleid: archive-extraction-path-traversal
        tar.extractall(path=dest, members=members)


def unpack_checked(upload, dest):
    with tarfile.open(fileobj=upload) as tar:
        members = _landing_inside(tar, dest)
        # ok: archive-extraction-path-traversal
        tar.extractall(path=dest, members=members)


def restore_backup(archive_path, target):
    with tarfile.open(archive_path) as tar:
        members = [m for m in tar.getmembers() if not m.name.startswith(".git/")]
        # ruleid: archive-extraction-path-traversal
        tar.extractall(path=target, members=members)


SCAN_SUFFIXES = (".jpg", ".tif", ".txt")


def _wanted(member):
    return member.isfile() and member.name.lower().endswith(SCAN_SUFFIXES)


def _lands_inside(dest, member):
    return (dest / member.name).resolve().is_relative_to(dest.resolve())


def ingest_scans(archive_path, dest):
    with tarfile.open(archive_path) as tar:
        for member in tar.getmembers():
            if not _wanted(member):
                continue
            # ruleid: archive-extraction-path-traversal
            tar.extract(member, path=dest)


def ingest_checked_scans(archive_path, dest):
    with tarfile.open(archive_path) as tar:
        for member in tar.getmembers():
            if not _wanted(member) or not _lands_inside(dest, member):
                continue
            # ok: archive-extraction-path-traversal
            tar.extract(member, path=dest)


class SeismographReelLoader:
    member_policy = staticmethod(tarfile.data_filter)
    trusting_policy = staticmethod(tarfile.fully_trusted_filter)

    def __init__(self, source):
        self._source = source

    def load(self, workdir):
        with tarfile.open(fileobj=self._source, mode="r:*") as reel:
            # ok: archive-extraction-path-traversal
            reel.extractall(workdir, filter=self.member_policy)

    def load_trusting(self, workdir):
        with tarfile.open(fileobj=self._source, mode="r:*") as reel:
            # ruleid: archive-extraction-path-traversal
            reel.extractall(workdir, filter=self.trusting_policy)
