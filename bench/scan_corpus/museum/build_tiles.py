"""Management command: generate Deep Zoom tile pyramids with libvips.

    python manage.py build_tiles 1998.45.2 2003.112 --tile-size 512
"""
import shutil
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from collection.models import DigitalAsset


class Command(BaseCommand):
    help = "Generate Deep Zoom tile pyramids for digitised assets."

    def add_arguments(self, parser):
        parser.add_argument("accession", nargs="*", help="accession numbers (default: all pending)")
        parser.add_argument("--tile-size", type=int, default=256, choices=[256, 512, 1024])
        parser.add_argument("--force", action="store_true", help="rebuild existing pyramids")

    def handle(self, *args, **opts):
        vips = shutil.which("vips")
        if vips is None:
            raise CommandError("vips is not installed on this host")

        assets = DigitalAsset.objects.select_related("object")
        if opts["accession"]:
            assets = assets.filter(object__accession_number__in=opts["accession"])
        elif not opts["force"]:
            assets = assets.filter(tiles_built=False)

        tile_root = Path(settings.TILE_ROOT)
        failures = 0
        for asset in assets.iterator():
            src = Path(asset.master_file.path)
            dest = tile_root / str(asset.pk)
            cmd = [
                vips, "dzsave", str(src), str(dest),
                "--tile-size", str(opts["tile_size"]),
                "--suffix", ".jpg[Q=85]",
            ]
            result = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if result.returncode != 0:
                failures += 1
                self.stderr.write(f"{asset.object.accession_number}: {result.stderr.strip()}")
                continue
            asset.tiles_built = True
            asset.save(update_fields=["tiles_built"])
            self.stdout.write(self.style.SUCCESS(f"tiled {asset.object.accession_number}"))

        if failures:
            raise CommandError(f"{failures} asset(s) failed")
