"""Sync dye batch status between the MES and the ERP.

The ERP is the system of record for orders; the MES knows where a batch is on
the floor. This job runs every few minutes and pushes status changes across.
"""
import logging
from dataclasses import dataclass
from enum import Enum
from typing import Iterable, List

log = logging.getLogger("sync.batches")


class BatchStatus(str, Enum):
    PLANNED = "planned"
    WEIGHED = "weighed"
    IN_VAT = "in_vat"
    RINSING = "rinsing"
    DRYING = "drying"
    QC_HOLD = "qc_hold"
    RELEASED = "released"


@dataclass
class BatchRecord:
    batch_no: str
    status: BatchStatus
    recipe_version: int
    machine: str


def changed(mes: BatchRecord, erp: BatchRecord) -> bool:
    return mes.status != erp.status or mes.machine != erp.machine


def plan_updates(mes_batches: Iterable[BatchRecord], erp_batches: Iterable[BatchRecord]) -> List[BatchRecord]:
    erp_by_no = {b.batch_no: b for b in erp_batches}
    updates = []
    for mes in mes_batches:
        erp = erp_by_no.get(mes.batch_no)
        if erp is None:
            log.info("batch %s not yet in ERP, skipping", mes.batch_no)
            continue
        if mes.recipe_version != erp.recipe_version:
            log.warning(
                "batch %s recipe version mismatch: MES v%d, ERP v%d",
                mes.batch_no, mes.recipe_version, erp.recipe_version,
            )
            continue
        if erp.status == BatchStatus.RELEASED:
            continue
        if changed(mes, erp):
            updates.append(mes)
    return updates


def push(erp_client, updates: List[BatchRecord]) -> int:
    pushed = 0
    for rec in updates:
        resp = erp_client.update_batch(rec.batch_no, status=rec.status.value, machine=rec.machine)
        if resp.get("result") == "ok":
            pushed += 1
        else:
            log.error("ERP rejected update for %s: %s", rec.batch_no, resp.get("message"))
    return pushed
