"""``payroll`` command line."""
import argparse
import getpass
import os
import sys

from payroll import backup, store

ENV_VAR = "PAYROLL_BACKUP_PASSPHRASE"  # set by the scheduled backup job


def _passphrase(confirm: bool) -> str:
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    first = getpass.getpass("Backup passphrase: ")
    if confirm and getpass.getpass("Repeat passphrase: ") != first:
        sys.exit("passphrases do not match")
    return first


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="payroll")
    parser.add_argument("--data", default="payroll.json", help="ledger file")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("summary")
    exp = sub.add_parser("export-backup")
    exp.add_argument("out")
    imp = sub.add_parser("import-backup")
    imp.add_argument("file")
    imp.add_argument("--force", action="store_true", help="overwrite an existing ledger")
    args = parser.parse_args(argv)

    if args.command == "summary":
        ledger = store.load(args.data)
        count, cost = store.headcount_and_cost(ledger)
        currency = ledger["company"].get("currency", "")
        print(f"{count} employees, annual cost {cost:,.2f} {currency}".rstrip())
    elif args.command == "export-backup":
        blob = backup.export_backup(store.load(args.data), _passphrase(confirm=True))
        with open(args.out, "wb") as fh:
            fh.write(blob)
        print(f"wrote {args.out} ({len(blob)} bytes)")
    else:
        if os.path.exists(args.data) and not args.force:
            print(f"{args.data} exists; use --force to overwrite", file=sys.stderr)
            return 1
        with open(args.file, "rb") as fh:
            blob = fh.read()
        try:
            ledger = backup.import_backup(blob, _passphrase(confirm=False))
        except backup.BackupError as exc:
            print(f"cannot restore {args.file}: {exc}", file=sys.stderr)
            return 2
        store.save(args.data, ledger)
        print(f"restored {len(ledger['employees'])} employees into {args.data}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
