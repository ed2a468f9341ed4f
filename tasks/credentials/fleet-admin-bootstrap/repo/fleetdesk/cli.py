"""``fleetdesk`` admin command line."""
import argparse
import sys

from fleetdesk import settings
from fleetdesk.users import UserStore


def _init_db(store: UserStore, args) -> int:
    print(f"Database ready at {args.db}")
    return 0


def _list_users(store: UserStore, args) -> int:
    for user in store.list_users():
        flag = " (must change password)" if user.must_change_password else ""
        print(f"{user.email}\t{user.role}{flag}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fleetdesk")
    parser.add_argument("--db", default=settings.DATABASE, help="SQLite database file")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("init-db", help="create the tables").set_defaults(handler=_init_db)
    sub.add_parser("list-users", help="print every account").set_defaults(handler=_list_users)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(UserStore(args.db), args)


if __name__ == "__main__":
    sys.exit(main())
