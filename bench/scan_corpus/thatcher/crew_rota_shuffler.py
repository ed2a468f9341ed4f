"""Weekend and bad-weather rota for thatching crews.

Saturday call-outs (storm-damaged ridges, tarping after high winds) are
shared around the crews. To keep it fair the order is shuffled each month,
then anyone on leave is pushed to the back of the list.
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta

import click


@dataclass
class CrewMember:
    name: str
    crew: str
    on_leave: set[date]


def saturdays_in_month(year: int, month: int) -> list[date]:
    day = date(year, month, 1)
    while day.weekday() != 5:
        day += timedelta(days=1)
    result = []
    while day.month == month:
        result.append(day)
        day += timedelta(days=7)
    return result


def build_rota(members: list[CrewMember], year: int, month: int, seed: int | None = None) -> dict[date, CrewMember]:
    rng = random.Random(seed)
    order = members[:]
    rng.shuffle(order)
    rota: dict[date, CrewMember] = {}
    for saturday in saturdays_in_month(year, month):
        available = [m for m in order if saturday not in m.on_leave]
        if not available:
            continue
        chosen = available[0]
        rota[saturday] = chosen
        order.remove(chosen)
        order.append(chosen)
    return rota


@click.command()
@click.option("--year", type=int, required=True)
@click.option("--month", type=int, required=True)
@click.option("--seed", type=int, default=None, help="Repeat a previous month's draw.")
def main(year: int, month: int, seed: int | None) -> None:
    from thatcher.crews import load_members

    rota = build_rota(load_members(), year, month, seed)
    for day, member in sorted(rota.items()):
        click.echo(f"{day:%a %d %b}: {member.name} ({member.crew})")


if __name__ == "__main__":
    main()
