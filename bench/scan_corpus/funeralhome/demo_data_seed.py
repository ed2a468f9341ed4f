"""Populate a sales-demo tenant with fictitious cases and services.

Run with `python -m fhgroup.tools.demo_data_seed --tenant demo-east`.
The seed is fixed so that every demo environment shows the same calendar and
screenshots in the training guide stay accurate.
"""
import argparse
import random
from datetime import date, time, timedelta

from fhgroup.tenants import tenant_context
from fhgroup.scheduling.models import Chapel, Decedent, Service

DEMO_SEED = 1907
FIRST_NAMES = ["Eleanor", "Walter", "Dorothy", "Harold", "Ruth", "Eugene", "Mildred", "Clarence"]
LAST_NAMES = ["Hollis", "Varga", "Okafor", "Lindqvist", "Moreau", "Pruitt", "Delacroix", "Tanaka"]
SERVICE_TYPES = ["funeral", "memorial", "graveside", "visitation"]


def build_demo_services(rng: random.Random, start: date, days: int, chapels: list[Chapel]) -> list[Service]:
    services = []
    for offset in range(days):
        for _ in range(rng.randint(0, 3)):
            decedent = Decedent.objects.create(
                first_name=rng.choice(FIRST_NAMES),
                last_name=rng.choice(LAST_NAMES),
                age=rng.randint(58, 101),
            )
            services.append(
                Service(
                    decedent=decedent,
                    chapel=rng.choice(chapels),
                    service_type=rng.choice(SERVICE_TYPES),
                    service_date=start + timedelta(days=offset),
                    start_time=time(hour=rng.choice([10, 11, 13, 14, 15])),
                )
            )
    return services


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenant", required=True)
    parser.add_argument("--days", type=int, default=21)
    args = parser.parse_args()

    rng = random.Random(DEMO_SEED)
    with tenant_context(args.tenant):
        chapels = list(Chapel.objects.all())
        services = build_demo_services(rng, date.today(), args.days, chapels)
        Service.objects.bulk_create(services)
    print(f"created {len(services)} demo services for {args.tenant}")


if __name__ == "__main__":
    main()
