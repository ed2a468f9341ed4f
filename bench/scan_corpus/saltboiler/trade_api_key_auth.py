"""API key authentication for the trade ordering API.

Larger wholesale customers and restaurant groups integrate their purchasing
systems with the trade API. Each integration sends its key in the
``X-Trade-Key`` header; keys are provisioned per account in settings.
"""
from django.conf import settings
from django.http import JsonResponse

API_PREFIX = "/api/trade/"


class TradeApiKeyMiddleware:
    """Attaches the trade account to requests under the trade API prefix."""

    def __init__(self, get_response):
        self.get_response = get_response
        self._accounts = {
            account_id: list(keys)
            for account_id, keys in settings.TRADE_API_KEYS.items()
        }

    def _account_for(self, presented: str):
        for account_id, keys in self._accounts.items():
            if presented in keys:
                return account_id
        return None

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)

        presented = request.headers.get("X-Trade-Key", "").strip()
        if not presented:
            return JsonResponse({"error": "missing key"}, status=401)

        account_id = self._account_for(presented)
        if account_id is None:
            return JsonResponse({"error": "invalid key"}, status=401)

        request.trade_account_id = account_id
        return self.get_response(request)
