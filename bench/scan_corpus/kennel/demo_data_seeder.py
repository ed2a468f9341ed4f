"""Populates the staging database with made-up dogs and bookings for demos."""
import random
from datetime import date, timedelta

import click
from faker import Faker
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from kennel.models import Booking, Owner, Pet

DEMO_SEED = 1234
BREEDS = [
    "Labrador Retriever", "Cocker Spaniel", "Border Collie", "Dachshund",
    "French Bulldog", "Staffordshire Bull Terrier", "Cockapoo", "Whippet",
]
DOG_NAMES = ["Biscuit", "Luna", "Milo", "Bella", "Teddy", "Poppy", "Alfie", "Daisy"]


def build_fixtures(rng: random.Random, fake: Faker, owners: int) -> list[Owner]:
    result = []
    for _ in range(owners):
        owner = Owner(
            name=fake.name(),
            email=fake.unique.safe_email(),
            phone=fake.phone_number(),
        )
        for _ in range(rng.randint(1, 3)):
            pet = Pet(
                name=rng.choice(DOG_NAMES),
                breed=rng.choice(BREEDS),
                date_of_birth=date.today() - timedelta(days=rng.randint(200, 4000)),
            )
            start = date.today() + timedelta(days=rng.randint(-30, 60))
            pet.bookings.append(
                Booking(check_in=start, check_out=start + timedelta(days=rng.randint(1, 14)))
            )
            owner.pets.append(pet)
        result.append(owner)
    return result


@click.command()
@click.option("--database-url", envvar="STAGING_DATABASE_URL", required=True)
@click.option("--owners", default=40, show_default=True)
def seed(database_url: str, owners: int) -> None:
    """Load a repeatable demo dataset so screenshots stay consistent."""
    rng = random.Random(DEMO_SEED)
    fake = Faker("en_GB")
    fake.seed_instance(DEMO_SEED)
    engine = create_engine(database_url)
    with Session(engine) as session:
        session.add_all(build_fixtures(rng, fake, owners))
        session.commit()
    click.echo(f"Seeded {owners} demo owners")


if __name__ == "__main__":
    seed()
