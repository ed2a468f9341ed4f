"""Chooses finished pieces for the weekly internal finish-quality audit."""

import random
from collections import defaultdict
from datetime import date, timedelta

import click
from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop.db import SessionLocal
from workshop.models import FinishedPiece

SAMPLE_RATE = 0.05
MIN_PER_MAKER = 1


def pieces_for_week(db: Session, week_start: date) -> list[FinishedPiece]:
    week_end = week_start + timedelta(days=7)
    stmt = select(FinishedPiece).where(
        FinishedPiece.finished_on >= week_start, FinishedPiece.finished_on < week_end
    )
    return list(db.scalars(stmt))


def choose_audit_sample(pieces: list[FinishedPiece], rng: random.Random | None = None) -> list[FinishedPiece]:
    rng = rng or random.Random()
    by_maker: dict[int, list[FinishedPiece]] = defaultdict(list)
    for piece in pieces:
        by_maker[piece.maker_id].append(piece)
    chosen: list[FinishedPiece] = []
    for maker_pieces in by_maker.values():
        k = max(MIN_PER_MAKER, round(len(maker_pieces) * SAMPLE_RATE))
        chosen.extend(rng.sample(maker_pieces, min(k, len(maker_pieces))))
    return chosen


@click.command()
@click.option("--week", type=click.DateTime(formats=["%Y-%m-%d"]), required=True)
def main(week):
    with SessionLocal() as db:
        sample = choose_audit_sample(pieces_for_week(db, week.date()))
        for piece in sample:
            click.echo(f"{piece.stock_number}\t{piece.maker.initials}\t{piece.description}")


if __name__ == "__main__":
    main()
