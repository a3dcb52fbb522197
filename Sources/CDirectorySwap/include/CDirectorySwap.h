#ifndef C_DIRECTORY_SWAP_H
#define C_DIRECTORY_SWAP_H

/// Atomically exchanges two existing paths (Linux renameat2 with RENAME_EXCHANGE), so a reader
/// or a crash sees either the old directory or the new one, never neither.
/// Returns 0 on success, or -1 with errno set (ENOSYS or EINVAL where the system or file system
/// cannot exchange; the caller then falls back to two renames).
int briefing_exchange_paths(const char *first, const char *second);

#endif
