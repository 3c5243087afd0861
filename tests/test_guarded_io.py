"""The guarded opener reads only regular files, within a limit; the writer never follows a link."""

from __future__ import annotations

import os
import stat

import pytest

from pipeline.guarded_io import (
    GuardedReadError,
    read_bytes_guarded,
    read_text_guarded,
    write_atomic,
)


def test_a_regular_file_is_read_whole(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello" * 1000)
    assert read_bytes_guarded(path, 5000) == b"hello" * 1000
    assert read_text_guarded(path, None) == "hello" * 1000


def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe"
    os.mkfifo(path)
    with pytest.raises(GuardedReadError, match="named pipe"):
        read_bytes_guarded(path, 100)


def test_a_device_behind_a_link_is_refused(tmp_path):
    path = tmp_path / "zero"
    path.symlink_to("/dev/zero")
    with pytest.raises(GuardedReadError, match="symbolic link"):
        read_bytes_guarded(path, 100)
    with pytest.raises(GuardedReadError, match="device"):
        read_bytes_guarded(path, 100, follow_links=True)


def test_a_directory_is_refused(tmp_path):
    with pytest.raises(GuardedReadError, match="directory"):
        read_bytes_guarded(tmp_path, 100)


def test_a_file_over_the_limit_is_refused(tmp_path):
    path = tmp_path / "big"
    path.write_bytes(b"x" * 101)
    with pytest.raises(GuardedReadError, match="over the 100 bytes limit"):
        read_bytes_guarded(path, 100)
    assert read_bytes_guarded(path, 101) == b"x" * 101


def test_text_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "latin1"
    path.write_bytes(b"caf\xe9")
    with pytest.raises(GuardedReadError, match="not UTF-8"):
        read_text_guarded(path, 100)


def test_the_writer_replaces_a_link_instead_of_writing_through_it(tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("keep me")
    target = tmp_path / "out.txt"
    target.symlink_to(victim)
    write_atomic(target, "new")
    assert victim.read_text() == "keep me"
    assert not target.is_symlink()
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt", "victim"]


def test_the_writer_can_create_only(tmp_path):
    target = tmp_path / "key"
    write_atomic(target, b"one", mode=0o600, replace=False)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(FileExistsError):
        write_atomic(target, b"two", replace=False)
    assert target.read_bytes() == b"one"
    assert [p.name for p in tmp_path.iterdir()] == ["key"]
