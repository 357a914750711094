// Every unit test gets a fresh in-memory IndexedDB, as the extension's origin would have.
import 'fake-indexeddb/auto';
