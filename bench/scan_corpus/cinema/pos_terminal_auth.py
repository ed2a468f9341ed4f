"""Authentication middleware for concessions POS terminals.

Each till sends its terminal id and the shared store key on every
request to the store API.
"""
from django.conf import settings
from django.http import JsonResponse


class TerminalKeyMiddleware:
    header_terminal = "HTTP_X_TERMINAL_ID"
    header_key = "HTTP_X_STORE_KEY"
    protected_prefix = "/api/pos/"

    def __init__(self, get_response):
        self.get_response = get_response

    def _is_authorised(self, request) -> bool:
        terminal = request.META.get(self.header_terminal)
        key = request.META.get(self.header_key, "")
        if not terminal or terminal not in settings.POS_TERMINALS:
            return False
        return key == settings.POS_STORE_KEY

    def __call__(self, request):
        if request.path.startswith(self.protected_prefix) and not self._is_authorised(request):
            return JsonResponse({"error": "unauthorised terminal"}, status=401)
        request.pos_terminal = request.META.get(self.header_terminal)
        return self.get_response(request)
