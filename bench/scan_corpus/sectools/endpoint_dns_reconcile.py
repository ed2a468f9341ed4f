"""Reconcile the MDM endpoint export against DNS.

Takes the CSV exported from the MDM console and reports devices whose
hostname no longer resolves, or resolves outside the corporate ranges.
"""
import argparse
import csv
import ipaddress
import os
import sys

CORPORATE_RANGES = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12")]
LOOKUP_CMD = "host -W 2 {name}"


def resolve(name: str) -> list[str]:
    output = os.popen(LOOKUP_CMD.format(name=name)).read()
    return [line.rsplit(" ", 1)[-1] for line in output.splitlines() if " has address " in line]


def classify(addresses: list[str]) -> str:
    if not addresses:
        return "unresolved"
    ips = [ipaddress.ip_address(a) for a in addresses]
    if all(any(ip in net for net in CORPORATE_RANGES) for ip in ips):
        return "ok"
    return "outside-corporate"


def reconcile(export_path: str):
    with open(export_path, newline="") as fh:
        for row in csv.DictReader(fh):
            name = row.get("Device Name", "").strip()
            if not name:
                continue
            addresses = resolve(name)
            yield {"device": name, "serial": row.get("Serial Number", ""),
                   "status": classify(addresses), "addresses": " ".join(addresses)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("export_csv")
    args = parser.parse_args(argv)
    writer = csv.DictWriter(sys.stdout, fieldnames=["device", "serial", "status", "addresses"])
    writer.writeheader()
    for result in reconcile(args.export_csv):
        if result["status"] != "ok":
            writer.writerow(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
