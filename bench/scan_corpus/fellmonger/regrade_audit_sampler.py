"""Picks hides from graded bales for the weekly regrade audit."""
import random
from collections import defaultdict
from datetime import date

import click
import psycopg

from fellmonger.settings import DATABASE_DSN

SAMPLE_RATE = 0.03
MIN_PER_GRADER = 5


def load_graded_hides(conn, week_start: date) -> dict[int, list[str]]:
    by_grader: dict[int, list[str]] = defaultdict(list)
    with conn.cursor() as cur:
        cur.execute(
            "SELECT grader_id, hide_tag FROM graded_hides "
            "WHERE graded_on >= %s AND graded_on < %s + INTERVAL '7 days'",
            (week_start, week_start),
        )
        for grader_id, hide_tag in cur:
            by_grader[grader_id].append(hide_tag)
    return by_grader


def choose_sample(by_grader: dict[int, list[str]], rng: random.Random) -> list[tuple[int, str]]:
    chosen = []
    for grader_id, tags in sorted(by_grader.items()):
        k = max(MIN_PER_GRADER, round(len(tags) * SAMPLE_RATE))
        picks = rng.sample(tags, min(k, len(tags)))
        chosen.extend((grader_id, tag) for tag in picks)
    return chosen


@click.command()
@click.argument("week_start", type=click.DateTime(formats=["%Y-%m-%d"]))
def main(week_start):
    rng = random.Random()
    with psycopg.connect(DATABASE_DSN) as conn:
        sample = choose_sample(load_graded_hides(conn, week_start.date()), rng)
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO regrade_queue (grader_id, hide_tag, week_start) VALUES (%s, %s, %s)",
                [(g, t, week_start.date()) for g, t in sample],
            )
    click.echo(f"queued {len(sample)} hides for regrade")


if __name__ == "__main__":
    main()
