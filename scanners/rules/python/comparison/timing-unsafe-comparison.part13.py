import hmac
from dataclasses import dataclass, field


# Each key of a mapping of keys by owner, compared with the presented one by ==.
@dataclass
class ClientKeyTable:
    keys_by_client: dict = field(default_factory=dict)
    keys_by_region: dict = field(default_factory=dict)

    def client_for(self, presented: str):
        for client, key in self.keys_by_client.items():
            # ruleid: timing-unsafe-comparison
            if key == presented:
                return client
        return None

    def client_for_safely(self, presented: str):
        for client, key in self.keys_by_client.items():
            # ok: timing-unsafe-comparison
            if hmac.compare_digest(key, presented):
                return client
        return None

    def any_region_accepts(self, candidate: str) -> bool:
        # ruleid: timing-unsafe-comparison
        return any(candidate == key for key in self.keys_by_region.values())

    # ... not the owners themselves: iterating the mapping walks its owners' names
    def is_known_client(self, client_name: str) -> bool:
        for client in self.keys_by_client:
            # ok: timing-unsafe-comparison
            if client == client_name:
                return True
        return False


def station_for(tokens_for_station: dict, sent: str):
    for station, issued in tokens_for_station.items():
        # ruleid: timing-unsafe-comparison
        if sent != issued:
            continue
        return station
    return None


# ... nor a mapping of cache or sort keys by anything
def column_for(sort_keys_by_column: dict, wanted: str):
    for column, key in sort_keys_by_column.items():
        # ok: timing-unsafe-comparison
        if key == wanted:
            return column
    return None
