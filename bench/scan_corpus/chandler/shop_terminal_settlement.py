"""End-of-day settlement of the card terminal in the seafarers' shop on the
quay: reconciles terminal transactions with till receipts.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

log = logging.getLogger("chandler.shop.settlement")


@dataclass
class TerminalTxn:
    txn_id: str
    pan: str
    amount: Decimal
    auth_code: str
    receipt_no: str | None


def truncated_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    if len(digits) < 13:
        return "*" * len(digits)
    return f"{digits[:6]}{'*' * (len(digits) - 10)}{digits[-4:]}"


def reconcile(txns: list[TerminalTxn], till_receipts: dict[str, Decimal]) -> dict:
    matched, mismatched, orphaned = 0, [], []
    for txn in txns:
        if txn.receipt_no is None or txn.receipt_no not in till_receipts:
            orphaned.append(txn.txn_id)
            log.warning(
                "terminal txn %s card %s amount %s has no till receipt",
                txn.txn_id, truncated_pan(txn.pan), txn.amount,
            )
            continue
        expected = till_receipts[txn.receipt_no]
        if expected != txn.amount:
            mismatched.append(txn.txn_id)
            log.warning(
                "txn %s receipt %s: terminal %s vs till %s",
                txn.txn_id, txn.receipt_no, txn.amount, expected,
            )
        else:
            matched += 1
    total = sum((t.amount for t in txns), Decimal("0"))
    log.info(
        "settlement: %d txns, %d matched, %d mismatched, %d orphaned, total %s",
        len(txns), matched, len(mismatched), len(orphaned), total,
    )
    return {"matched": matched, "mismatched": mismatched, "orphaned": orphaned, "total": str(total)}
