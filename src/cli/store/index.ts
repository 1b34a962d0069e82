// The `moshtari report` data layer: the sample store generator and the CSV readers and writer.

export { readCustomersCsv } from './csvCustomers.js';
export type { CsvDateParser } from './csvDate.js';
export { createCsvDateParser } from './csvDate.js';
export { parseCsvAmount, parseCsvCount } from './csvNumber.js';
export { readSurveysCsv } from './csvSurveys.js';
export { readTicketsCsv } from './csvTickets.js';
export { readTransactionsCsv } from './csvTransactions.js';
export type { ReadStoreCsvOptions, ReadStoreCsvResult } from './csvTypes.js';
export { IRAN_CITY_WEIGHTS, PERSIAN_FEMALE_NAMES, PERSIAN_LAST_NAMES, PERSIAN_MALE_NAMES } from './names.js';
export type { SeededRandom } from './random.js';
export { createSeededRandom } from './random.js';
export type { GenerateSampleStoreOptions } from './sample.js';
export { generateSampleStore, SAMPLE_TRUTH } from './sample.js';
export type {
  RowProblem,
  Store,
  StoreCustomer,
  StoreSurvey,
  StoreTicket,
  StoreTransaction,
  StoreTruth,
} from './types.js';
export type { StoreCsvFiles } from './writeCsv.js';
export { writeStoreCsv } from './writeCsv.js';
