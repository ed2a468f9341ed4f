"""Management command: unpack an incoming production volume and register it.

Usage:
    python manage.py import_production /mnt/intake/ABC_VOL003.tar.gz --matter 2024-0117
"""
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from discovery.models import ProductionVolume
from matters.models import Matter


class Command(BaseCommand):
    help = "Unpack a production volume received from opposing counsel and register it."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument("--matter", required=True, help="matter number, e.g. 2024-0117")
        parser.add_argument("--producing-party", default="")

    def handle(self, *args, **options):
        archive: Path = options["archive"]
        if not archive.is_file():
            raise CommandError(f"{archive} does not exist")

        try:
            matter = Matter.objects.get(number=options["matter"])
        except Matter.DoesNotExist:
            raise CommandError(f"unknown matter {options['matter']}")

        volume_name = archive.name.split(".")[0]
        dest = Path(settings.PRODUCTION_ROOT) / matter.number / volume_name
        if dest.exists():
            raise CommandError(f"{dest} already exists; refusing to overwrite")
        dest.mkdir(parents=True)

        with tarfile.open(archive, "r:*") as tar:
            members = tar.getmembers()
            tar.extractall(dest)

        file_count = sum(1 for m in members if m.isfile())
        with transaction.atomic():
            ProductionVolume.objects.create(
                matter=matter,
                name=volume_name,
                producing_party=options["producing_party"],
                storage_path=str(dest),
                file_count=file_count,
            )
        self.stdout.write(self.style.SUCCESS(f"imported {file_count} files into {dest}"))
