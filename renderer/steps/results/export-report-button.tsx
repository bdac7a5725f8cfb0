import { Button, Flex, Text } from 'gestalt';
import { useState } from 'react';
import { appError } from '../../../electron/shared/app-error';
import { err } from '../../../electron/shared/result';
import { useApi } from '../../api/api-context';
import { ErrorCallout } from '../../components/error-callout';
import { plural } from '../../components/format';
import { useAction } from '../../hooks/use-action';
import { useMenuCommand } from '../../hooks/use-menu-command';

/** Saves the job's report (row, column, status, message; never personal data) as CSV. */
export function ExportReportButton({ jobId, fileName }: { jobId: string; fileName: string }) {
  const api = useApi();
  const [saved, setSaved] = useState<string | null>(null);
  const reportName = `${fileName.replace(/\.[^.]+$/, '')}-report.csv`;
  const [exportReport, state] = useAction(async () => {
    const path = api.saveFileDialog ? await api.saveFileDialog(reportName) : undefined;
    if (path === null) return err(appError('cancelled', 'Export cancelled.'));
    const result = await api.reportExport({ jobId, path });
    if (!result.ok) return result;
    if (result.value.downloadUrl && api.downloadFile) {
      const downloaded = await api.downloadFile(result.value.downloadUrl, reportName);
      if (!downloaded.ok) return downloaded;
    }
    setSaved(`${plural(result.value.rows, 'row')} saved${api.saveFileDialog ? ` to ${result.value.path}` : ' (see your downloads)'}.`);
    return result;
  });
  useMenuCommand('export-report', () => void exportReport());
  const failed = state.status === 'error' && state.error.kind !== 'cancelled' ? state.error : null;
  return (
    <Flex direction="column" gap={1}>
      <Button text="Export report (CSV)" iconStart="download" disabled={state.status === 'busy'} onClick={() => void exportReport()} />
      <div role="status">{saved ? <Text size="200">{saved}</Text> : null}</div>
      {failed ? <ErrorCallout error={failed} slim /> : null}
    </Flex>
  );
}
