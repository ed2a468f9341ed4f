"""Management command: ingest a digitisation vendor bundle from the SFTP drop folder.

Vendors deliver one ``.tar.gz`` per batch containing TIFF masters, YAML
sidecars and a checksum manifest.

    python manage.py ingest_bundle /srv/sftp/incoming/batch_2024_117.tar.gz
"""
import hashlib
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from digitisation.models import Batch


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Command(BaseCommand):
    help = "Unpack and register a vendor digitisation bundle."

    def add_arguments(self, parser):
        parser.add_argument("bundle", type=Path)

    def handle(self, *args, bundle: Path, **opts):
        if not bundle.is_file():
            raise CommandError(f"{bundle} does not exist")
        batch_name = bundle.name.split(".")[0]
        staging = Path(settings.INGEST_STAGING_ROOT) / batch_name
        staging.mkdir(parents=True, exist_ok=False)

        with tarfile.open(bundle, "r:gz") as tar:
            tar.extractall(staging)

        manifest = staging / "manifest-sha256.txt"
        if not manifest.exists():
            raise CommandError("bundle has no checksum manifest")
        expected = {}
        for line in filter(None, manifest.read_text().splitlines()):
            digest, name = line.split(maxsplit=1)
            expected[name] = digest
        bad = []
        for path in sorted(p for p in staging.rglob("*") if p.is_file() and p != manifest):
            name = path.relative_to(staging).as_posix()
            if expected.get(name) != _sha256(path):
                bad.append(name)
        if bad:
            raise CommandError(f"checksum mismatch: {', '.join(bad)}")

        batch = Batch.objects.create(name=batch_name, staging_path=str(staging))
        self.stdout.write(self.style.SUCCESS(f"Registered batch {batch.pk} ({batch_name})"))
