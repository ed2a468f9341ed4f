"""SNMPv3 interface counter poller for the access-switch estate.

Reads ifHCInOctets / ifHCOutOctets for every port listed in the inventory and
hands the samples to the capacity-planning writer.
"""
import os
from typing import Iterable

from pysnmp.hlapi import (
    ContextData,
    ObjectIdentity,
    ObjectType,
    SnmpEngine,
    UdpTransportTarget,
    UsmUserData,
    getCmd,
    usmDESPrivProtocol,
    usmHMAC192SHA256AuthProtocol,
)

# The access-switch firmware only implements DES for the privacy protocol.
SNMP_PROFILE = {
    "authProtocol": usmHMAC192SHA256AuthProtocol,
    "privProtocol": usmDESPrivProtocol,
}

IF_IN = "1.3.6.1.2.1.31.1.1.1.6"
IF_OUT = "1.3.6.1.2.1.31.1.1.1.10"


def _usm() -> UsmUserData:
    user = os.environ["SNMPV3_USER"]
    return UsmUserData(user, os.environ["SNMPV3_AUTH_KEY"], os.environ["SNMPV3_PRIV_KEY"], **SNMP_PROFILE)


def poll_port(engine: SnmpEngine, host: str, if_index: int, timeout: float = 2.0):
    error_indication, error_status, _, var_binds = next(
        getCmd(
            engine,
            _usm(),
            UdpTransportTarget((host, 161), timeout=timeout, retries=1),
            ContextData(),
            ObjectType(ObjectIdentity(f"{IF_IN}.{if_index}")),
            ObjectType(ObjectIdentity(f"{IF_OUT}.{if_index}")),
        )
    )
    if error_indication or error_status:
        raise RuntimeError(f"{host} ifIndex {if_index}: {error_indication or error_status}")
    in_octets, out_octets = (int(vb[1]) for vb in var_binds)
    return {"host": host, "if_index": if_index, "in": in_octets, "out": out_octets}


def poll_inventory(ports: Iterable[tuple[str, int]]):
    engine = SnmpEngine()
    for host, if_index in ports:
        try:
            yield poll_port(engine, host, if_index)
        except RuntimeError as exc:
            yield {"host": host, "if_index": if_index, "error": str(exc)}
