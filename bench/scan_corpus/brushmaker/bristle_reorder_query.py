"""Reorder suggestions for bristle and filament stock below minimum levels."""
import sqlite3
from dataclasses import dataclass

import click

from brushworks.settings import STOCK_DB_PATH


@dataclass
class ReorderLine:
    fibre: str
    colour: str
    on_hand_kg: float
    min_kg: float

    @property
    def shortfall(self) -> float:
        return round(max(0.0, self.min_kg - self.on_hand_kg), 2)


def below_minimum(conn: sqlite3.Connection, fibres: list[str]) -> list[ReorderLine]:
    placeholders = ",".join("?" for _ in fibres)
    query = (
        "SELECT s.fibre, s.colour, COALESCE(SUM(b.weight_kg), 0), s.min_kg "
        "FROM stock_minimums s LEFT JOIN bales b ON b.fibre = s.fibre AND b.colour = s.colour "
        f"WHERE s.fibre IN ({placeholders}) "
        "GROUP BY s.fibre, s.colour, s.min_kg HAVING COALESCE(SUM(b.weight_kg), 0) < s.min_kg"
    )
    return [ReorderLine(*row) for row in conn.execute(query, fibres)]


@click.command()
@click.option("--fibre", "fibres", multiple=True, required=True, help="Fibre type to check.")
@click.option("--db", "db_path", default=STOCK_DB_PATH, show_default=True)
def reorder(fibres: tuple[str, ...], db_path: str) -> None:
    """Print bristle stock that has fallen below its reorder level."""
    conn = sqlite3.connect(db_path)
    try:
        lines = below_minimum(conn, list(fibres))
    finally:
        conn.close()
    if not lines:
        click.echo("All selected fibres are above minimum.")
        return
    for line in lines:
        click.echo(f"{line.fibre:<10} {line.colour:<12} on hand {line.on_hand_kg:>8.1f} kg  "
                   f"short {line.shortfall:>7.1f} kg")


if __name__ == "__main__":
    reorder()
