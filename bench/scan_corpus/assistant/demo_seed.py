"""``manage.py seed_demo`` - populate a staging workspace with demo data (SALES-9).

Sales wants every demo workspace to look the same so screenshots and
walkthrough scripts stay accurate, hence the fixed default seed.
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from billing.models import Customer, Invoice, Workspace

COMPANY_PREFIXES = ("North", "Blue", "Bright", "Iron", "Silver", "Cedar", "Harbor", "Summit")
COMPANY_SUFFIXES = ("Logistics", "Studios", "Foods", "Analytics", "Outfitters", "Dental", "Labs")
STATUSES = ("paid", "paid", "paid", "open", "overdue")


class Command(BaseCommand):
    help = "Create demo customers and invoices in a workspace."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("workspace_slug")
        parser.add_argument("--customers", type=int, default=25)
        parser.add_argument("--seed", type=int, default=2024)

    @transaction.atomic
    def handle(self, *args, workspace_slug: str, customers: int, seed: int, **options) -> None:
        rng = random.Random(seed)
        workspace = Workspace.objects.get(slug=workspace_slug, is_demo=True)
        start = date.today() - timedelta(days=365)

        for _ in range(customers):
            name = f"{rng.choice(COMPANY_PREFIXES)} {rng.choice(COMPANY_SUFFIXES)}"
            customer = Customer.objects.create(workspace=workspace, name=name)
            for n in range(rng.randint(3, 12)):
                Invoice.objects.create(
                    workspace=workspace,
                    customer=customer,
                    number=f"DEMO-{customer.pk:04d}-{n + 1:03d}",
                    issued_on=start + timedelta(days=rng.randint(0, 364)),
                    total=Decimal(rng.randint(5_000, 250_000)) / 100,
                    status=rng.choice(STATUSES),
                )

        self.stdout.write(self.style.SUCCESS(f"Seeded {customers} demo customers in {workspace_slug}"))
