"""SNMPv3 security profiles for the poller fleet.

Profiles are selected per device family in ``inventory.yaml``.  Only the
AES privacy protocols are accepted; devices that cannot do AES are polled by
the out-of-band collector instead.
"""
import os

from pysnmp.hlapi import (
    ContextData,
    ObjectIdentity,
    ObjectType,
    SnmpEngine,
    UdpTransportTarget,
    UsmUserData,
    getCmd,
    usmAesCfb128Protocol,
    usmAesCfb256Protocol,
    usmHMAC192SHA256AuthProtocol,
    usmHMAC384SHA512AuthProtocol,
)

PROFILES = {
    "core": {"authProtocol": usmHMAC384SHA512AuthProtocol, "privProtocol": usmAesCfb256Protocol},
    "access": {"authProtocol": usmHMAC192SHA256AuthProtocol, "privProtocol": usmAesCfb128Protocol},
}

SYS_UPTIME = "1.3.6.1.2.1.1.3.0"


def usm_for(profile_name: str) -> UsmUserData:
    try:
        profile = PROFILES[profile_name]
    except KeyError:
        raise ValueError(f"unsupported SNMPv3 profile {profile_name!r}") from None
    return UsmUserData(
        os.environ["SNMPV3_USER"],
        authKey=os.environ["SNMPV3_AUTH_KEY"],
        privKey=os.environ["SNMPV3_PRIV_KEY"],
        **profile,
    )


def uptime(host: str, profile_name: str, timeout: float = 2.0) -> int:
    error_indication, error_status, _, var_binds = next(
        getCmd(
            SnmpEngine(),
            usm_for(profile_name),
            UdpTransportTarget((host, 161), timeout=timeout, retries=1),
            ContextData(),
            ObjectType(ObjectIdentity(SYS_UPTIME)),
        )
    )
    if error_indication or error_status:
        raise RuntimeError(f"{host}: {error_indication or error_status}")
    return int(var_binds[0][1])
