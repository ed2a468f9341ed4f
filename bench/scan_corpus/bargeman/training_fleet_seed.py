"""Populate the training environment with plausible demo barges and bookings."""
import random
from datetime import date, timedelta

import click

from bargeman.db import session_scope
from bargeman.models import Barge, Booking

BARGE_PREFIXES = ["Rhenus", "Maas", "Waal", "Schelde", "Moezel", "IJssel"]
BARGE_SUFFIXES = ["Trader", "Star", "Carrier", "Pride", "Spirit"]
CARGO_TYPES = ["grain", "coal", "containers", "gravel", "fertiliser", "scrap"]
PORTS = ["Rotterdam", "Duisburg", "Antwerp", "Basel", "Liège", "Nijmegen"]


def _demo_barge(rng: random.Random) -> Barge:
    name = f"{rng.choice(BARGE_PREFIXES)} {rng.choice(BARGE_SUFFIXES)}"
    return Barge(
        name=name,
        eni_number=f"0{rng.randint(2000000, 2399999)}",
        deadweight_tonnes=rng.randrange(900, 3500, 50),
        length_m=rng.choice([80, 86, 110, 135]),
    )


def _demo_booking(rng: random.Random, barge: Barge, start: date) -> Booking:
    origin, destination = rng.sample(PORTS, 2)
    return Booking(
        barge=barge,
        cargo_type=rng.choice(CARGO_TYPES),
        tonnes=rng.randint(400, barge.deadweight_tonnes),
        origin=origin,
        destination=destination,
        loading_date=start + timedelta(days=rng.randint(0, 30)),
    )


@click.command("seed-training-fleet")
@click.option("--barges", default=25, show_default=True)
@click.option("--seed", default=None, type=int, help="Repeatable demo data.")
def seed_training_fleet(barges: int, seed: int | None) -> None:
    rng = random.Random(seed)
    with session_scope() as session:
        for _ in range(barges):
            barge = _demo_barge(rng)
            session.add(barge)
            for _ in range(rng.randint(1, 4)):
                session.add(_demo_booking(rng, barge, date.today()))
    click.echo(f"created {barges} demo barges")
