using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PiaoPerformance.HomeBench;

/// <summary>
/// Counts the SQL statements EF Core runs and the rows their readers return, from EF Core's diagnostic events (the
/// app's own services, unchanged), while <see cref="On"/> is set; keeps each statement's first line and row count.
/// </summary>
internal sealed class SqlCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly Lock _gate = new();

    public bool On { get; set; }

    public List<(string Sql, int Rows)> Statements { get; } = [];

    public int Commands { get; private set; }

    public long Rows { get; private set; }

    public static SqlCounter Start()
    {
        var counter = new SqlCounter();
        counter._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(counter));
        return counter;
    }

    public void Reset()
    {
        lock (_gate)
        {
            Statements.Clear();
            (Commands, Rows) = (0, 0);
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (!On)
        {
            return;
        }

        lock (_gate)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name)
            {
                Commands++;
            }
            else if (value.Key == RelationalEventId.DataReaderDisposing.Name && value.Value is DataReaderDisposingEventData data)
            {
                // ReadCount counts the last Read() that found no row too.
                var rows = Math.Max(0, data.ReadCount - 1);
                Rows += rows;
                var sql = data.Command.CommandText.ReplaceLineEndings(" ");
                Statements.Add((sql.Length > 110 ? sql[..110] + "…" : sql, rows));
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
