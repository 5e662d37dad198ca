import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use: it adds about 28 MB to the process, and a server that never reads or
 * writes an .xlsx file need not carry it (an import of 500,000 rows from CSV counts every megabyte).
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
