#!/usr/bin/env python3
"""Import inter-club transfer certificates exported from the federation portal (XML)."""
import argparse
import sqlite3
import sys

from lxml import etree

XML_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)


def read_transfers(path: str) -> list[tuple]:
    tree = etree.parse(path, XML_PARSER)
    return [
        (
            cert.findtext("certificateNo"),
            cert.findtext("playerId"),
            cert.findtext("fromClub"),
            cert.findtext("toClub"),
        )
        for cert in tree.getroot().iter("transferCertificate")
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("xml_file")
    ap.add_argument("--db", default="club.sqlite3")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    try:
        transfers = read_transfers(args.xml_file)
    except etree.XMLSyntaxError as exc:
        print(f"Could not parse {args.xml_file}: {exc}", file=sys.stderr)
        return 1
    if args.dry_run:
        for row in transfers:
            print(" | ".join(v or "" for v in row))
        return 0
    with sqlite3.connect(args.db) as conn:
        conn.executemany(
            "INSERT OR IGNORE INTO transfers (certificate_no, player_id, from_club, to_club) "
            "VALUES (?, ?, ?, ?)",
            transfers,
        )
    print(f"Imported {len(transfers)} transfer certificates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
