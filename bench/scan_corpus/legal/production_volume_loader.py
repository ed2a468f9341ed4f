"""Management command: load an incoming production volume into review staging.

Opposing counsel deliver productions as .tar.gz volumes (IMAGES/, NATIVES/,
TEXT/, DATA/ with a .dat load file). Paralegals upload the volume in the
matter workspace and then run:

    python manage.py load_production <matter_id> <upload_id>
"""
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from discovery.loadfiles import parse_dat
from discovery.models import ProductionUpload, ProductionVolume


class Command(BaseCommand):
    help = "Unpack an uploaded production volume and register its documents"

    def add_arguments(self, parser):
        parser.add_argument("matter_id", type=int)
        parser.add_argument("upload_id", type=int)

    def handle(self, *args, matter_id: int, upload_id: int, **options):
        try:
            upload = ProductionUpload.objects.get(pk=upload_id, matter_id=matter_id)
        except ProductionUpload.DoesNotExist:
            raise CommandError("no such upload for this matter")

        staging = Path(settings.REVIEW_STAGING_ROOT) / str(matter_id) / f"vol-{upload.pk}"
        staging.mkdir(parents=True, exist_ok=True)

        with tarfile.open(upload.file.path, "r:*") as volume:
            volume.extractall(staging)

        dat_files = list(staging.glob("DATA/*.dat"))
        if not dat_files:
            raise CommandError("volume has no DATA/*.dat load file")

        records = parse_dat(dat_files[0])
        ProductionVolume.objects.create(
            matter_id=matter_id,
            upload=upload,
            staging_path=str(staging),
            document_count=len(records),
        )
        self.stdout.write(self.style.SUCCESS(f"loaded {len(records)} documents from {upload}"))
