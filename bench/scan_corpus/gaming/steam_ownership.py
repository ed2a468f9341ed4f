"""Steam integration: session ticket auth and DLC ownership checks.

The client sends a hex-encoded auth session ticket after login; we
exchange it for a SteamID and then sync owned DLC into entitlements.
"""
import logging
from dataclasses import dataclass

import requests

from .config import settings
from .entitlements import sync_platform_entitlements

log = logging.getLogger(__name__)

STEAM_APP_ID = 1874210
STEAM_WEB_API_KEY = "4E1B7C9D0A2F36E85B9D41C07A3E6F12"
DLC_APP_IDS = {1874230: "season_pass_1", 1874231: "cosmetic_pack_neon", 1874232: "soundtrack"}


class SteamAuthError(Exception):
    pass


@dataclass
class SteamIdentity:
    steam_id: str
    owner_steam_id: str
    vac_banned: bool


def _call(interface: str, method: str, version: int = 1, **params) -> dict:
    url = f"{settings.STEAM_API_BASE}/{interface}/{method}/v{version}/"
    params = {"key": STEAM_WEB_API_KEY, "appid": STEAM_APP_ID, **params}
    resp = requests.get(url, params=params, timeout=8)
    resp.raise_for_status()
    return resp.json()


def authenticate_ticket(ticket_hex: str) -> SteamIdentity:
    data = _call("ISteamUserAuth", "AuthenticateUserTicket", ticket=ticket_hex)
    params = data.get("response", {}).get("params")
    if not params or params.get("result") != "OK":
        raise SteamAuthError("ticket rejected by Steam")
    return SteamIdentity(
        steam_id=params["steamid"],
        owner_steam_id=params["ownersteamid"],
        vac_banned=bool(params.get("vacbanned")),
    )


def sync_dlc(player_id: int, steam_id: str) -> list[str]:
    owned = []
    for app_id, sku in DLC_APP_IDS.items():
        data = _call("ISteamUser", "CheckAppOwnership", version=3, steamid=steam_id, appid=app_id)
        if data.get("appownership", {}).get("ownsapp"):
            owned.append(sku)
    sync_platform_entitlements(player_id, platform="steam", skus=owned)
    log.info("player %s owns %d steam DLC", player_id, len(owned))
    return owned
