"""The pass/fail counter of the Python CLI tests: one "ok"/"FAIL" line per check and a final
"N passed, M failed" line, which tests/run_tests.sh counts."""


class Checks:
    def __init__(self) -> None:
        self.passed = self.failed = 0

    def __call__(self, ok: bool, what: str) -> None:
        self.passed += ok
        self.failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {what}")

    def summary(self, label: str) -> int:
        """Prints the totals; returns the exit status (1 when a check failed)."""
        print(f"{label}: {self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0
