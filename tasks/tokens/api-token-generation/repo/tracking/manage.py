"""Partner administration: ``python -m tracking.manage COMMAND``."""
import argparse
import sys

from tracking import db, settings, tokens


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="tracking.manage")
    parser.add_argument("--db", default=settings.DB_PATH)
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add-client")
    add.add_argument("name")
    add.add_argument("contact_email")
    issue = sub.add_parser("issue-token")
    issue.add_argument("name")
    args = parser.parse_args(argv)

    conn = db.connect(args.db)
    if args.command == "add-client":
        db.add_client(conn, args.name, args.contact_email)
        print(f"added {args.name}")
    else:
        try:
            print(tokens.issue_token(conn, args.name))
        except db.UnknownClient:
            print(f"unknown client {args.name!r}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
