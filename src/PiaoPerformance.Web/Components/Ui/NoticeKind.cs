namespace PiaoPerformance.Web.Components.Ui;

public enum NoticeKind
{
    Info,
    Success,
    Error,
}
