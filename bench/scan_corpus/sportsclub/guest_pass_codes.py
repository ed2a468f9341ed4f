"""Generate one-off guest pass codes for open training sessions."""
import csv
import secrets
import string

import click

# drop characters that are easily confused when read off a phone screen
ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


def make_code(length: int = 10) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


@click.command()
@click.option("--count", "-n", default=20, show_default=True, help="Number of passes")
@click.option("--session-date", type=click.DateTime(formats=["%Y-%m-%d"]), required=True)
@click.option("--length", default=10, show_default=True)
@click.option("--output", type=click.File("w"), default="-")
def main(count: int, session_date, length: int, output) -> None:
    """Write guest passes as CSV (code, valid_on)."""
    if length < 8:
        raise click.BadParameter("must be at least 8", param_hint="--length")
    seen: set[str] = set()
    writer = csv.writer(output)
    writer.writerow(["code", "valid_on"])
    while len(seen) < count:
        code = make_code(length)
        if code in seen:
            continue
        seen.add(code)
        writer.writerow([code, session_date.date().isoformat()])
    click.echo(f"Generated {count} passes", err=True)


if __name__ == "__main__":
    main()
