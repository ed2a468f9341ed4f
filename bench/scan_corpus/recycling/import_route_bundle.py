"""Django management command: import a route bundle from the routing contractor.

The contractor uploads a .tar.gz through the partner portal containing
one CSV per round plus a manifest.json. We unpack it to a work folder,
validate the manifest and load the rounds.
"""

import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from routing.loaders import load_round_csv
from routing.models import RouteBundle


class Command(BaseCommand):
    help = "Unpack and load a contractor route bundle"

    def add_arguments(self, parser):
        parser.add_argument("bundle_id", type=int)

    def handle(self, *args, bundle_id, **options):
        bundle = RouteBundle.objects.get(pk=bundle_id)
        workdir = Path(tempfile.mkdtemp(prefix="routes-"))
        try:
            with tarfile.open(bundle.upload.path, "r:gz") as archive:
                archive.extractall(path=workdir)
            manifest = json.loads((workdir / "manifest.json").read_text())
            with transaction.atomic():
                for entry in manifest["rounds"]:
                    csv_path = workdir / Path(entry["file"]).name
                    if not csv_path.is_file():
                        raise CommandError(f"manifest lists missing file {entry['file']}")
                    load_round_csv(bundle, entry["round_code"], csv_path)
                bundle.status = RouteBundle.Status.LOADED
                bundle.save(update_fields=["status"])
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        self.stdout.write(self.style.SUCCESS(f"loaded bundle {bundle_id}"))
