"""Helpers for tests: real backing servers started on demand (never mocks)."""
