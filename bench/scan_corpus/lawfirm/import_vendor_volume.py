"""Management command: unpack a processed volume returned by the e-discovery vendor.

Usage:
    python manage.py import_vendor_volume /mnt/vendor/PROC_0042.tar --matter 2023-0881
"""
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from discovery.models import ProcessedVolume
from matters.models import Matter


class Command(BaseCommand):
    help = "Unpack a vendor-processed volume and attach it to a matter."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument("--matter", required=True)

    def handle(self, *args, **options):
        archive: Path = options["archive"]
        matter = Matter.objects.filter(number=options["matter"]).first()
        if matter is None:
            raise CommandError(f"unknown matter {options['matter']}")

        dest = Path(settings.PROCESSED_ROOT) / matter.number / archive.name.split(".")[0]
        dest.mkdir(parents=True, exist_ok=False)

        with tarfile.open(archive, "r:*") as tar:
            # The "data" filter rejects absolute paths, "..", links that
            # escape dest and device files, and strips unsafe mode bits.
            tar.extractall(dest, filter="data")

        files = [p for p in dest.rglob("*") if p.is_file()]
        ProcessedVolume.objects.create(
            matter=matter,
            name=dest.name,
            storage_path=str(dest),
            file_count=len(files),
            total_bytes=sum(p.stat().st_size for p in files),
        )
        self.stdout.write(self.style.SUCCESS(f"{len(files)} files unpacked to {dest}"))
