"""Django management command: import a plan formulary from the YAML file a PBM sends.

    ./manage.py formulary_import plans/acme-2025.yaml --plan ACME-GOLD
"""
import yaml
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from formulary.models import FormularyEntry, Plan


class Command(BaseCommand):
    help = "Import a PBM formulary file"

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--plan", required=True)
        parser.add_argument("--replace", action="store_true")

    def handle(self, *args, **options):
        with open(options["path"], encoding="utf-8") as fh:
            document = yaml.safe_load(fh)
        if not isinstance(document, dict) or "drugs" not in document:
            raise CommandError("file does not look like a formulary export")

        plan, _ = Plan.objects.get_or_create(code=options["plan"])
        with transaction.atomic():
            if options["replace"]:
                FormularyEntry.objects.filter(plan=plan).delete()
            created = 0
            for drug in document["drugs"]:
                FormularyEntry.objects.update_or_create(
                    plan=plan,
                    ndc=str(drug["ndc"]).zfill(11),
                    defaults={
                        "tier": int(drug.get("tier", 1)),
                        "prior_auth": bool(drug.get("prior_auth", False)),
                        "quantity_limit": drug.get("quantity_limit"),
                    },
                )
                created += 1
        self.stdout.write(self.style.SUCCESS(f"imported {created} entries into {plan.code}"))
