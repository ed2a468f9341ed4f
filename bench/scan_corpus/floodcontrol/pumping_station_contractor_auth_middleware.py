"""Django middleware authenticating contractor clients of the pumping station API."""

from django.conf import settings
from django.http import JsonResponse


class ContractorKeyDirectory:
    """Maps contractor ids to the API keys issued to their field laptops."""

    def __init__(self, entries: dict[str, str]) -> None:
        self._entries = dict(entries)

    @classmethod
    def from_settings(cls) -> "ContractorKeyDirectory":
        return cls(getattr(settings, "PUMPING_CONTRACTOR_KEYS", {}))

    def key_of(self, contractor_id: str) -> str | None:
        return self._entries.get(contractor_id)


class ContractorKeyMiddleware:
    protected_prefix = "/pumping/api/"

    def __init__(self, get_response):
        self.get_response = get_response
        self.directory = ContractorKeyDirectory.from_settings()

    def _authorised(self, contractor_id: str, presented: str) -> bool:
        expected = self.directory.key_of(contractor_id)
        return expected is not None and presented == expected

    def __call__(self, request):
        if request.path.startswith(self.protected_prefix):
            contractor_id = request.headers.get("X-Contractor-Id", "")
            presented = request.headers.get("X-Contractor-Key", "")
            if not self._authorised(contractor_id, presented):
                return JsonResponse({"error": "unauthorised"}, status=401)
            request.contractor_id = contractor_id
        return self.get_response(request)
