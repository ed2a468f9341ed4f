import time

import pyotp


# A keyring's own membership test: the presented key is compared with each kept key by ==.
class DeviceKeyring:
    def __init__(self, keys):
        self._keys = [k.strip() for k in keys]

    def __contains__(self, item):
        # ruleid: timing-unsafe-comparison
        return item in self._keys

    def revoke(self, key):
        # ok: timing-unsafe-comparison
        if key in self._revoked_ids:
            return False
        return True


# ... not when the keyring keeps its keys as a set (found by hash)
class KioskTokenRegistry:
    def __init__(self, tokens):
        self._tokens = set(tokens)

    def __contains__(self, item):
        # ok: timing-unsafe-comparison
        return item in self._tokens


# ... nor a keyring keeping a mapping of the keys by owner: its keys are the owners' ids
class GeneratorKeyRing:
    def __init__(self, keys):
        self._keys = keys

    def refresh(self, fetched):
        self._keys = {k["kid"]: k for k in fetched if k.get("kty") == "RSA"}

    def knows(self, generator):
        # ok: timing-unsafe-comparison
        return generator in self._keys


class RelayTokenRing:
    def __init__(self, tokens):
        self._tokens = list(tokens)

    def owns(self, relay_id):
        # ok: timing-unsafe-comparison
        return relay_id in self._tokens

    def accepts(self, candidate):
        # ruleid: timing-unsafe-comparison
        return candidate not in self._tokens


# ... nor a cache of keys, whatever it holds
class CacheKeyRegistry:
    def __init__(self):
        self._keys = []

    def known(self, key):
        # ok: timing-unsafe-comparison
        return key in self._keys


class ClientDirectory:
    def __init__(self, keys_by_client):
        self.keys_by_client = keys_by_client

    def accepts(self, client, key):
        # ruleid: timing-unsafe-comparison
        return key in self.keys_by_client.get(client, [])

    def is_listed(self, client, region):
        # ok: timing-unsafe-comparison
        return region in self.regions_by_client.get(client, [])


TOKENS_BY_STATION = {}
SCOPED_TOKENS_BY_STATION = {}


def station_allowed(station, presented):
    # ruleid: timing-unsafe-comparison
    return presented in TOKENS_BY_STATION[station]


def station_tokens_set(station, presented):
    # ok: timing-unsafe-comparison
    return presented in SCOPED_TOKENS_BY_STATION.get(station, set())


def _window(gen: pyotp.TOTP, now: float) -> list:
    return [gen.at(now + d * 30) for d in (-1, 0, 1)]


def _labels(count: int, now: float) -> list:
    return [str(now + d) for d in range(count)]


def unlock(seed: str, entered: str) -> bool:
    gen = pyotp.TOTP(seed)
    # ruleid: timing-unsafe-comparison
    if entered.strip() not in _window(gen, time.time()):
        return False
    # ok: timing-unsafe-comparison
    return entered in _labels(3, time.time())
